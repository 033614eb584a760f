import { validateMap, BUILTIN_MAPS } from '@denizens/maps';
import { simulate } from '/work/wt/campaign/packages/engine/src/replay/simulate';
for (const id of (process.argv[2] ?? 'ruins,ship').split(',')) {
  const r = validateMap(BUILTIN_MAPS[id], id);
  if (!r.ok) throw new Error('bad');
  const out: string[] = [];
  for (let s = 1; s <= Number(process.argv[3] ?? 12); s++) {
    let reason = '';
    const lines: string[] = [];
    const rep = simulate(r.map, s, 40, { onEvent: (e) => { if (e.type === 'game_over') reason = e.reason; if (e.type==='trigger_fired') lines.push(e.trigger); } });
    out.push(`${s}:${rep.result.outcome[0]}${rep.result.turn}${reason ? '/' + reason : ''}[${lines.join(',')}]`);
  }
  console.log(id, out.join('  '));
}
