/** The HUD's CSS: an HTML overlay over the canvas; sizes in rem so the text scale setting scales it all. */
export const HUD_CSS = `
:root { --squad: #56b4e9; --lgf: #e69f00; --move: #56b4e9; --dash: #f0e442; --danger: #d55e00; --panel: rgba(8,12,20,0.86); --line: rgba(140,170,220,0.25); --text: #e6ecf5; --muted: #9aa6b8; }
#ui { position: fixed; inset: 0; pointer-events: none; font-family: system-ui, 'Segoe UI', sans-serif; color: var(--text); font-size: 1rem; }
#ui * { box-sizing: border-box; }
#ui .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; pointer-events: auto; backdrop-filter: none; }
#ui button { font: inherit; color: var(--text); background: #16202e; border: 1px solid #3a4a66; border-radius: 5px; padding: 0.35rem 0.6rem; cursor: pointer; }
#ui button:hover:not(:disabled) { background: #203048; }
#ui button:focus-visible { outline: 3px solid var(--dash); outline-offset: 1px; }
#ui button:disabled { opacity: 0.4; cursor: default; }
#ui button.active { background: #2b4668; border-color: var(--squad); }
#ui kbd { font: 0.7rem ui-monospace, monospace; color: var(--muted); border: 1px solid #3a4a66; border-radius: 3px; padding: 0 0.2rem; margin-left: 0.3rem; }
.topbar { position: absolute; top: 0.5rem; left: 50%; transform: translateX(-50%); display: flex; flex-wrap: wrap; justify-content: center; gap: 0.3rem 0.75rem; align-items: center; padding: 0.35rem 0.75rem; font-size: 0.95rem; white-space: nowrap; width: max-content; max-width: calc(100% - 1rem); }
.topbar .objective { flex-basis: 100%; text-align: center; color: #bfe8c8; font-size: 0.85rem; white-space: normal; order: 99; }
.topbar .lost { flex-basis: 100%; text-align: center; color: #ffb877; font-size: 0.85rem; font-weight: 700; white-space: normal; order: 100; }
#ui .topbar .lost button { font-size: 0.8rem; padding: 0.1rem 0.45rem; border-color: var(--danger); margin-left: 0.3rem; }
.topbar .phase { font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; }
.topbar .phase.enemy { color: var(--lgf); } .topbar .phase.player { color: var(--squad); } .topbar .phase.environment { color: #cfc6ff; }
.hud { --top-h: 3rem; --bar-h: 4.5rem; }
.cards { position: absolute; top: calc(var(--top-h) + 0.4rem); left: 0.5rem; display: flex; flex-direction: column; gap: 0.25rem; width: min(14.5rem, 34vw); max-height: calc(100% - var(--top-h) - var(--bar-h) - 0.9rem); pointer-events: none; }
.cardlist { display: flex; flex-direction: column; gap: 0.25rem; overflow-y: auto; pointer-events: auto; min-height: 0; }
#ui .fold { align-self: flex-start; font-size: 0.72rem; padding: 0.1rem 0.45rem; background: var(--panel); border-color: var(--line); color: var(--muted); pointer-events: auto; }
.folded .cardlist, .log.folded .lines { display: none; }
#ui .log.folded { width: auto; padding: 0; background: none; border-color: transparent; box-shadow: none; } #ui .log.folded .fold { margin-bottom: 0; }
#ui .card { padding: 0.25rem 0.45rem; cursor: pointer; border-left: 4px solid var(--squad); }
#ui .card.selected { border-color: var(--dash); border-width: 2px 2px 2px 6px; background: rgba(40,60,92,0.95); box-shadow: 0 0 0 1px var(--dash); }
.card.spent { opacity: 0.6; }
#ui .card.fallen, #ui .card.out { cursor: default; border-left-color: #4a5262; opacity: 0.75; }
#ui .card.out { border-left-color: #7ee08a; } .card.out .fell { color: #9fd88a; }
.card.fallen .name { text-decoration: line-through; color: var(--muted); font-weight: 400; } .card.fallen .fell { font-style: italic; }
.card .name { font-weight: 700; } .card .role { color: var(--muted); font-size: 0.8rem; margin-left: 0.3rem; }
.card .row { display: flex; gap: 0.4rem; font-size: 0.72rem; color: var(--muted); align-items: center; flex-wrap: wrap; }
.card .hp { display: inline-flex; gap: 2px; } .card .hp i { width: 0.5rem; height: 0.6rem; background: var(--squad); display: inline-block; } .card .hp i.lost { background: #333a48; }
.tag { font-size: 0.65rem; font-weight: 700; padding: 0 0.25rem; border-radius: 3px; border: 1px solid; } .tag.ow { color: var(--dash); } .tag.hk { color: var(--squad); } .tag.bl { color: var(--danger); }
.card .ap b { color: var(--dash); }
.log { position: absolute; right: 0.5rem; top: calc(var(--top-h) + 0.4rem); width: min(18rem, 34vw); max-height: min(34%, calc(100% - var(--top-h) - var(--bar-h) - 0.9rem)); display: flex; flex-direction: column; padding: 0.3rem 0.6rem 0.4rem; font-size: 0.82rem; line-height: 1.35; }
.log .lines { overflow-y: auto; min-height: 0; } #ui .log .fold { margin-bottom: 0.2rem; }
.log p { margin: 0.1rem 0; } .log p.phase { color: var(--muted); margin-top: 0.35rem; } .log p.bad { color: #ffb877; }
.actionbar { position: absolute; bottom: 0.5rem; left: 50%; transform: translateX(-50%); display: flex; gap: 0.25rem; padding: 0.3rem; align-items: center; flex-wrap: wrap; justify-content: center; width: max-content; max-width: calc(100% - 1rem); }
#ui .actionbar button { padding: 0.25rem 0.45rem; font-size: 0.9rem; }
.actionbar .sep { width: 1px; align-self: stretch; background: var(--line); margin: 0 0.25rem; }
.actionbar .end { background: #2a3a22; border-color: #6a8a4a; font-weight: 700; }
#ui .tip { position: absolute; padding: 0.35rem 0.55rem; font-size: 0.85rem; max-width: min(21rem, 90vw); pointer-events: none; }
.tip .title { font-weight: 700; } .tip .move { color: var(--move); } .tip .dash { color: var(--dash); } .tip .warn { color: var(--danger); font-weight: 700; }
.tip table { border-collapse: collapse; margin-top: 0.2rem; font-size: 0.8rem; } .tip td { padding: 0 0.4rem 0 0; } .tip td.v { text-align: right; font-variant-numeric: tabular-nums; }
.tip table.breakdown { width: 100%; } .tip tr.total td { border-top: 1px solid var(--muted); font-weight: 700; padding-top: 0.1rem; } .tip tr.warn td { color: var(--danger); } .tip .crit { margin-top: 0.2rem; font-size: 0.8rem; color: var(--muted); }
.shields { font-family: ui-monospace, monospace; letter-spacing: 0.1em; }
.banner { position: absolute; top: 22%; left: 50%; transform: translateX(-50%); font-size: 2rem; font-weight: 800; letter-spacing: 0.15em; text-transform: uppercase; padding: 0.5rem 1.5rem; opacity: 0; transition: opacity 0.25s; pointer-events: none; text-shadow: 0 0 12px #000; }
.banner.show { opacity: 1; } .banner.enemy { color: var(--lgf); } .banner.player { color: var(--squad); } .banner.environment { color: #cfc6ff; }
#ui .caption { position: absolute; bottom: calc(var(--bar-h) + 2.9rem); left: 50%; transform: translateX(-50%); width: max-content; max-width: min(40rem, 92vw); padding: 0.5rem 0.9rem; font-size: 1rem; line-height: 1.4; display: none; border-left: 4px solid var(--squad); pointer-events: none; }
#ui .caption.show { display: block; } #ui .hud.cramped .caption { font-size: 0.8rem; max-width: calc(100% - 1rem); padding: 0.3rem 0.6rem; } .caption .who { color: var(--squad); margin-right: 0.5rem; } .caption .narration { font-style: italic; color: #d6deea; }
#ui .toast { position: absolute; bottom: 4.5rem; left: 50%; transform: translateX(-50%); padding: 0.35rem 0.75rem; color: #ffd9b0; font-size: 0.9rem; display: none; pointer-events: none; }
.prompt { position: absolute; top: 38%; left: 50%; transform: translate(-50%, -50%); padding: 0.75rem 1rem; text-align: center; max-width: min(26rem, 92vw); }
.prompt p { margin: 0 0 0.6rem; } .prompt .row { display: flex; gap: 0.5rem; justify-content: center; }
.hitbadges { position: absolute; inset: 0; pointer-events: none; }
.hitbadge { position: absolute; transform: translate(-50%, -100%); font-weight: 800; font-size: 0.9rem; padding: 0.05rem 0.35rem; border-radius: 4px; background: rgba(0,0,0,0.8); border: 2px solid; pointer-events: auto; cursor: pointer; }
.maplabel { position: absolute; transform: translate(-50%, -100%); font-size: 0.75rem; font-weight: 700; padding: 0.05rem 0.35rem; border-radius: 3px; background: rgba(0,0,0,0.75); white-space: nowrap; }
.maplabel.breach { color: #d8e6e0; border: 1px solid #8aa; } .maplabel.strike { color: #ffd0a0; border: 1px solid var(--danger); }
.screen { position: absolute; inset: 0; display: grid; place-items: center; pointer-events: auto; background: radial-gradient(ellipse at 50% 30%, rgba(20,30,60,0.75), rgba(2,3,8,0.96)); }
.screen .box { width: min(34rem, 92vw); padding: 1.5rem 2rem; text-align: center; }
.screen h1 { font-size: 3rem; margin: 0 0 0.25rem; letter-spacing: 0.25em; color: #dfe8ff; text-shadow: 0 0 18px rgba(86,180,233,0.6); }
.screen h2 { margin: 0.2rem 0 1rem; font-weight: 400; color: var(--muted); font-size: 1rem; }
.screen .stats { display: grid; grid-template-columns: auto auto; gap: 0.2rem 1rem; justify-content: center; margin: 0.5rem 0; } .screen .stats dt { color: var(--muted); text-align: right; } .screen .stats dd { margin: 0; text-align: left; font-weight: 700; }
#ui .help { background: rgba(8,12,20,0.97); position: absolute; top: 50%; left: 50%; transform: translate(-50%, -50%); padding: 0.75rem 1.1rem; max-height: calc(100% - 2rem); overflow-y: auto; width: min(34rem, 94vw); }
.help h2 { margin: 0 0 0.4rem; font-size: 1.1rem; } .help table { border-collapse: collapse; font-size: 0.85rem; } .help td { padding: 0.1rem 0.6rem 0.1rem 0; vertical-align: top; } .help td:first-child { width: 42%; color: var(--dash); font-family: ui-monospace, monospace; }
.screen .menu { display: flex; flex-direction: column; gap: 0.5rem; margin-top: 1rem; }
.screen .menu button { padding: 0.6rem; font-size: 1.05rem; }
.screen label { display: flex; justify-content: space-between; gap: 1rem; align-items: center; margin: 0.35rem 0; color: var(--muted); }
.screen select, .screen input { font: inherit; background: #0e1522; color: var(--text); border: 1px solid #3a4a66; border-radius: 4px; padding: 0.3rem; min-width: 12rem; }
.screen .err { color: #ffb877; min-height: 1.2rem; white-space: pre-wrap; font-size: 0.85rem; }
.screen .kept { margin-top: 0.75rem; padding: 0.5rem 0.75rem; border: 1px solid var(--danger); border-radius: 5px; text-align: left; background: rgba(60,20,0,0.35); }
.screen .kept p { margin: 0.15rem 0; font-size: 0.85rem; overflow-wrap: anywhere; } .screen .kept .what { color: #ffd0a0; font-weight: 700; } .screen .kept .why { color: var(--muted); }
.screen .kept .row { display: flex; gap: 0.5rem; margin-top: 0.4rem; } #ui .screen .kept button.danger { border-color: var(--danger); }
.screen.victory h1 { color: var(--squad); } .screen.defeat h1 { color: var(--lgf); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
