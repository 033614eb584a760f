import { el } from '../../hud/el';

/** The campaign screens' CSS (briefing, debrief, campaign end, difficulty, save slots), added once. */
const CSS = `
.screen.campaign .box { width: min(58rem, 95vw); max-height: calc(100vh - 2rem); overflow-y: auto; text-align: left; }
.screen.campaign h1 { font-size: 2.1rem; letter-spacing: 0.12em; text-align: center; }
.screen.campaign .kicker { text-align: center; color: var(--dash); letter-spacing: 0.3em; text-transform: uppercase; font-size: 0.8rem; margin: 0; }
.screen.campaign h2 { text-align: center; }
.screen.campaign .situation p { margin: 0.4rem 0; line-height: 1.5; color: #d6deea; }
.screen.campaign .objective { margin: 0.8rem 0; padding: 0.45rem 0.7rem; border-left: 4px solid #6cd68c; background: rgba(30,70,40,0.35); color: #bfe8c8; }
.screen.campaign .difficulty { color: var(--muted); font-size: 0.9rem; }
.screen.campaign table.squad { width: 100%; border-collapse: collapse; margin: 0.6rem 0; font-size: 0.9rem; }
.screen.campaign table.squad th { text-align: left; color: var(--muted); font-weight: 400; border-bottom: 1px solid var(--line); padding: 0.2rem 0.4rem; }
.screen.campaign table.squad td { padding: 0.25rem 0.4rem; border-bottom: 1px solid rgba(140,170,220,0.1); vertical-align: middle; }
.screen.campaign table.squad tr.fallen td { color: #8a8f99; text-decoration: line-through; }
.screen.campaign .hpbar { display: inline-flex; gap: 2px; margin-right: 0.4rem; vertical-align: middle; }
.screen.campaign .hpbar i { width: 0.45rem; height: 0.7rem; background: var(--squad); display: inline-block; } .screen.campaign .hpbar i.lost { background: #333a48; }
.screen.campaign .wound { color: var(--danger); font-weight: 700; } .screen.campaign .lostgear { color: #ffb877; }
.screen.campaign .report { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.2rem; margin: 0.8rem auto; max-width: 40rem; font-size: 1rem; }
.screen.campaign .report dt { color: var(--muted); text-transform: uppercase; font-size: 0.78rem; letter-spacing: 0.08em; align-self: center; }
.screen.campaign .report dd { margin: 0; font-weight: 700; font-variant-numeric: tabular-nums; }
.screen.campaign .menu { flex-direction: row; flex-wrap: wrap; justify-content: center; }
#ui .screen.campaign .menu button.primary { background: #2a3a22; border-color: #6a8a4a; font-weight: 700; }
#ui .screen.campaign .menu button.primary:hover { background: #36502a; }
.screen.campaign .epilogue { font-style: italic; color: #d6deea; text-align: center; margin: 0.8rem 2rem; line-height: 1.5; }
.screen.campaign.won h1 { color: #6cd68c; } .screen.campaign.lost h1 { color: var(--lgf); }
.screen.campaign fieldset { border: 1px solid var(--line); border-radius: 5px; margin: 0.5rem 0; padding: 0.4rem 0.8rem; }
.screen.campaign fieldset label { justify-content: flex-start; color: var(--text); margin: 0.25rem 0; }
.screen.campaign fieldset label input { min-width: 0; }
.screen.campaign fieldset .what { color: var(--muted); font-size: 0.85rem; margin-left: 0.3rem; }
.screen.campaign .slot { border: 1px solid var(--line); border-radius: 5px; padding: 0.45rem 0.7rem; margin: 0.45rem 0; }
.screen.campaign .slot.unreadable { border-color: var(--danger); background: rgba(60,20,0,0.35); }
.screen.campaign .slot .head { font-weight: 700; } .screen.campaign .slot .desc { color: var(--muted); font-size: 0.85rem; overflow-wrap: anywhere; }
.screen.campaign .slot .row { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-top: 0.35rem; align-items: center; }
.screen.campaign .slot input { min-width: 10rem; }
.screen.campaign .note { color: var(--dash); min-height: 1.2rem; font-size: 0.9rem; }
`;

export function campaignCss(): void {
  if (!document.getElementById('campaign-css')) document.head.append(el('style', { id: 'campaign-css', text: CSS }));
}
