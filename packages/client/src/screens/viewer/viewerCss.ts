/** The viewer's own styles (beside the HUD's). */
export const VIEWER_CSS = `
.viewer { position: absolute; inset: 0; pointer-events: none; font-size: 0.85rem; }
.viewer .panel { pointer-events: auto; background: rgba(12,14,20,0.86); border: 1px solid #3a4150; color: #e8e4da; }
.viewer .v-top { position: absolute; top: 0.5rem; left: 50%; transform: translateX(-50%); padding: 0.4rem 0.8rem; max-width: 70%; text-align: center; }
.viewer .v-title { font-weight: bold; }
.viewer .v-verdict.ok { color: #9fd88a; }
.viewer .v-verdict.warn { color: #e8c66a; }
.viewer .v-verdict.bad { color: #ff8a7a; font-weight: bold; }
.viewer .v-log { position: absolute; right: 0.5rem; top: calc(var(--v-top, 4.5rem) + 0.5rem); width: min(22rem, 44vw); max-height: min(50%, calc(100% - var(--v-top, 4.5rem) - var(--v-bottom, 8rem) - 3.5rem)); box-sizing: border-box; overflow: hidden; margin: 0; padding: 0.4rem 0.6rem 0.4rem 1.6rem; list-style: decimal; pointer-events: auto; background: rgba(12,14,20,0.75); color: #e8e4da; font-size: 0.78rem; }
.viewer .v-log:empty { display: none; }
.viewer .v-log li.phase { color: #a9c4ff; }
.viewer .v-log li.bad { color: #ff8a7a; }
.viewer .v-ai { position: absolute; left: 0.5rem; top: calc(var(--v-top, 4.5rem) + 0.5rem); width: min(24rem, 44vw); max-height: min(45%, calc(100% - var(--v-top, 4.5rem) - var(--v-bottom, 8rem) - 1rem)); box-sizing: border-box; overflow: hidden; margin: 0; padding: 0.4rem 0.6rem; list-style: none; pointer-events: auto; background: rgba(12,14,20,0.75); color: #f0c8a8; font-size: 0.78rem; }
.viewer .v-ai[hidden] { display: none; }
.viewer .v-ai li.phase { color: #a9c4ff; }
.viewer .v-bottom { position: absolute; left: 0.5rem; right: 0.5rem; bottom: 0.5rem; padding: 0.5rem 0.8rem; }
.viewer .v-track { position: relative; height: 1.6rem; background: #2a3240; border-radius: 3px; cursor: pointer; touch-action: none; }
.viewer .v-track:focus { outline: 2px solid #e8c66a; }
.viewer .v-grey { position: absolute; top: 0; bottom: 0; background: repeating-linear-gradient(45deg, #555 0 4px, #444 4px 8px); opacity: 0.8; }
.viewer .v-cmd { position: absolute; bottom: 0; height: 0.3rem; box-sizing: border-box; border-left: 1px solid #2a3240; }
.viewer .v-cmd.ok { background: #3f7f3c; }
.viewer .v-cmd.bad { background: #ff3b30; height: 100%; }
.viewer .v-mark { position: absolute; top: 0.2rem; bottom: 0.2rem; width: 4px; margin-left: -2px; border-radius: 2px; }
.viewer .v-mark.ok { background: #6fd36a; }
.viewer .v-mark.bad { background: #ff3b30; width: 8px; margin-left: -4px; top: 0; bottom: 0; }
.viewer .v-mark.unverifiable { background: #8a8a8a; }
.viewer .v-cursor { position: absolute; top: -0.2rem; bottom: -0.2rem; width: 3px; margin-left: -1px; background: #fff; box-shadow: 0 0 4px #000; pointer-events: none; }
.viewer .v-controls { display: flex; gap: 0.35rem; align-items: center; margin-top: 0.45rem; flex-wrap: wrap; }
.viewer .v-controls button { min-width: 2.2rem; }
.viewer .v-speed { min-width: 2.6rem; text-align: center; }
.viewer .v-share { margin-top: 0.3rem; }
.viewer .v-share input { width: 60%; }
.viewer .v-keys { color: #a8a499; font-size: 0.75rem; margin: 0.3rem 0 0; }
.viewer:not(.cramped) #viewer-keys-btn { display: none; }
.viewer.cramped:not(.keys-open) .v-keys { display: none; }
.viewer.cramped .v-top { max-width: calc(100% - 1rem); width: max-content; padding: 0.25rem 0.6rem; }
.viewer.cramped .v-controls { margin-top: 0.3rem; gap: 0.25rem; }
.viewer.cramped .v-bottom { padding: 0.35rem 0.6rem; }
`;
