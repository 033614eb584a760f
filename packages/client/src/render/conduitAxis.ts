import { type Grid, T, terrainAt } from '@denizens/engine';

/** Which way a conduit tile runs, from its conduit (or cell/breach) neighbours. */
export function conduitAxis(g: Grid, x: number, y: number): 'x' | 'y' | 'xy' {
  const on = (cx: number, cy: number) => {
    const t = terrainAt(g, cx, cy);
    return t === T.conduit || t === T.cell;
  };
  const ax = on(x - 1, y) || on(x + 1, y);
  const ay = on(x, y - 1) || on(x, y + 1);
  if (ax && !ay) return 'x';
  if (ay && !ax) return 'y';
  return 'xy';
}
