/** The editor's own CSS (loaded with the editor chunk; the HUD's variables and button styles apply too). */
export const EDITOR_CSS = `
#ui .editor { position: absolute; inset: 0; display: grid; grid-template-columns: 15.5rem minmax(0, 1fr) 21rem; grid-template-rows: auto minmax(0, 1fr); pointer-events: auto; background: #05070d; font-size: 0.9rem; }
#ui .editor header { grid-column: 1 / 4; grid-row: 1; display: flex; flex-wrap: wrap; gap: 0.35rem; align-items: center; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); background: #0a0f18; }
#ui .editor header h1 { font-size: 1rem; margin: 0 0.6rem 0 0.2rem; letter-spacing: 0.12em; color: #dfe8ff; white-space: nowrap; }
#ui .editor header .grow { flex: 1; }
#ui .editor header .sep { width: 1px; align-self: stretch; background: var(--line); margin: 0 0.2rem; }
#ui .editor aside { overflow-y: auto; padding: 0.4rem 0.5rem 1rem; background: #0a0f18; }
#ui .editor aside.left { grid-row: 2; grid-column: 1; border-right: 1px solid var(--line); }
#ui .editor aside.right { grid-row: 2; grid-column: 3; border-left: 1px solid var(--line); }
#ui .editor h3 { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.12em; color: var(--muted); margin: 0.7rem 0 0.3rem; font-weight: 700; }
#ui .editor .tools { display: grid; grid-template-columns: 1fr 1fr; gap: 0.25rem; }
#ui .editor .tools button, #ui .editor .palette button { text-align: left; padding: 0.2rem 0.35rem; font-size: 0.82rem; display: flex; align-items: center; gap: 0.3rem; }
#ui .editor .tools button kbd, #ui .editor .palette button kbd { margin-left: auto; }
#ui .editor .palette { display: grid; grid-template-columns: 1fr 1fr; gap: 0.25rem; }
#ui .editor .heights { display: grid; grid-template-columns: repeat(10, 1fr); gap: 0.15rem; }
#ui .editor .heights button { padding: 0.15rem 0; font-size: 0.8rem; text-align: center; }
#ui .editor .palette canvas { width: 1.1rem; height: 1.1rem; border: 1px solid #000; flex: none; }
#ui .editor .view { grid-row: 2; grid-column: 2; position: relative; overflow: auto; display: grid; place-items: center; background: radial-gradient(ellipse at 50% 40%, #0d1524, #03050a); }
#ui .editor .view canvas { display: block; cursor: crosshair; touch-action: none; box-shadow: 0 0 0 1px #3a4a66, 0 6px 30px rgba(0,0,0,0.6); margin: 0.5rem; }
#ui .editor .status { position: sticky; bottom: 0; left: 0; grid-row: 2; grid-column: 2; align-self: end; justify-self: stretch; padding: 0.2rem 0.6rem; font-size: 0.8rem; color: var(--muted); background: rgba(5,7,13,0.85); border-top: 1px solid var(--line); pointer-events: none; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#ui .editor label { display: flex; justify-content: space-between; align-items: center; gap: 0.4rem; margin: 0.2rem 0; color: var(--muted); font-size: 0.82rem; }
#ui .editor input, #ui .editor select, #ui .editor textarea { font: inherit; font-size: 0.85rem; background: #0e1522; color: var(--text); border: 1px solid #3a4a66; border-radius: 4px; padding: 0.15rem 0.3rem; }
#ui .editor input:focus-visible, #ui .editor select:focus-visible, #ui .editor textarea:focus-visible { outline: 2px solid var(--dash); }
#ui .editor label input:not([type=number]), #ui .editor label select { width: 12rem; }
#ui .editor input[type=number] { width: 4.2rem; }
#ui .editor textarea { width: 100%; min-height: 3.2rem; resize: vertical; }
#ui .editor .row { display: flex; gap: 0.3rem; align-items: center; flex-wrap: wrap; }
#ui .editor .hint { color: var(--muted); font-size: 0.78rem; margin: 0.3rem 0; line-height: 1.3; }
#ui .editor .pilots { display: grid; gap: 0.2rem; }
#ui .editor .pilots button { text-align: left; font-size: 0.8rem; padding: 0.15rem 0.35rem; }
#ui .editor .pilots button .placed { color: var(--squad); float: right; }
#ui .editor .issues { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25rem; }
#ui .editor .issues button { width: 100%; text-align: left; font-size: 0.78rem; line-height: 1.3; border-color: #7a3a10; background: #1c130c; white-space: normal; }
#ui .editor .issues button.current { border-color: var(--dash); }
#ui .editor .warnings { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25rem; }
#ui .editor .warnings button { width: 100%; text-align: left; font-size: 0.78rem; line-height: 1.3; white-space: normal; border-color: #6a6420; background: #17160b; }
#ui .editor .warnings code { display: block; font: 0.74rem ui-monospace, monospace; word-break: break-all; }
#ui .editor .warnings code { color: #f0e442; }
#ui .editor .issues code { display: block; color: #ffb877; font: 0.74rem ui-monospace, monospace; word-break: break-all; }
#ui .editor .ok { color: var(--squad); font-size: 0.85rem; }
#ui .editor .refused { color: #ffb877; font-size: 0.78rem; white-space: pre-wrap; word-break: break-word; border: 1px solid #7a3a10; border-radius: 4px; padding: 0.3rem; margin-top: 0.3rem; }
#ui .editor .why { color: #ffb877; font-size: 0.8rem; margin: 0 0 0.35rem; }
#ui .editor .why:empty { display: none; }
#ui .editor .preview .iso { position: relative; overflow: hidden; height: 15rem; border: 1px solid #3a4a66; border-radius: 4px; background: radial-gradient(ellipse at 50% 40%, #141c2c, #03050a); }
#ui .editor .preview .iso canvas { position: absolute; left: 0; top: 0; }
#ui .editor .preview .iso canvas.ground { pointer-events: none; }
#ui .editor .preview-note:empty { display: none; }
#ui .editor.preview-big { grid-template-columns: 15.5rem minmax(0, 1fr) minmax(21rem, 46%); }
#ui .editor.preview-big .preview .iso { height: 24rem; }
#ui .editor h3.row { display: flex; align-items: center; }
#ui .editor h3.row .grow { flex: 1; }
#ui .editor button.small { font-size: 0.7rem; padding: 0.05rem 0.4rem; text-transform: none; letter-spacing: 0; }
#ui .editor header label.seed { margin: 0; gap: 0.25rem; }
#ui .editor header label.seed input { width: 3.8rem; }
#ui .editor header #ed-builtin { max-width: 10.5rem; }
#ui .editor header input[type=number] { width: 3.3rem; }
#ui .editor .playtest { background: #2a3a22; border-color: #6a8a4a; font-weight: 700; }
`;
