import { DEFAULT_LEGEND, TERRAIN_NAMES, type TerrainName } from '@denizens/maps';
import { el } from '../hud/el';

const COLOURS: Record<TerrainName, string> = {
  ground: '#39404f',
  rubble: '#6a5a50',
  wall: '#a08a80',
  hull: '#1f2a26',
  deck: '#2c3a34',
  conduit: '#3dff8a',
  crater: '#151313',
  void: '#000000',
  breach: '#ff8a2a',
  cell: '#7dffd0',
};

/**
 * A small map editor (loaded only when opened): paint terrain, place the squad and enemies, export
 * the JSON and play-test it. Bigger editing features belong to the editor's own issue.
 */
export function openEditor(ui: HTMLElement, h: { playTest(map: unknown): string | null; close(): void }): () => void {
  let width = 16;
  let height = 12;
  let rows = Array.from({ length: height }, () => '.'.repeat(width));
  const codeOf = Object.fromEntries(Object.entries(DEFAULT_LEGEND).map(([c, n]) => [n, c])) as Record<
    TerrainName,
    string
  >;
  let brush: TerrainName | 'squad' | 'enemy' = 'wall';
  const squad: { x: number; y: number }[] = [{ x: 1, y: height - 2 }];
  const enemies: { x: number; y: number }[] = [{ x: width - 2, y: 1 }];
  const cell = 28;
  const canvas = el('canvas', { width: width * cell, height: height * cell, 'aria-label': 'Map grid' });
  const err = el('div', { class: 'err', role: 'alert' });
  const draw = () => {
    const ctx = canvas.getContext('2d')!;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const name = DEFAULT_LEGEND[rows[y]![x]!] ?? 'void';
        ctx.fillStyle = COLOURS[name];
        ctx.fillRect(x * cell, y * cell, cell - 1, cell - 1);
      }
    }
    for (const [list, colour] of [
      [squad, '#56b4e9'],
      [enemies, '#e69f00'],
    ] as const) {
      ctx.fillStyle = colour;
      for (const p of list) {
        ctx.beginPath();
        ctx.arc(p.x * cell + cell / 2, p.y * cell + cell / 2, cell / 3, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  };
  const paint = (e: PointerEvent) => {
    const r = canvas.getBoundingClientRect();
    const x = Math.floor(((e.clientX - r.left) / r.width) * width);
    const y = Math.floor(((e.clientY - r.top) / r.height) * height);
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    if (brush === 'squad' || brush === 'enemy') {
      const list = brush === 'squad' ? squad : enemies;
      const i = list.findIndex((p) => p.x === x && p.y === y);
      if (i >= 0) list.splice(i, 1);
      else list.push({ x, y });
    } else {
      const row = rows[y]!;
      rows[y] = row.slice(0, x) + codeOf[brush] + row.slice(x + 1);
    }
    draw();
  };
  canvas.addEventListener('pointerdown', paint);
  const toMap = () => ({
    format: 'denizens-map',
    version: 1,
    id: 'custom',
    name: 'Custom map',
    width,
    height,
    terrain: rows,
    squad: squad.map((p, i) => ({
      id: `pilot-${i + 1}`,
      name: `Pilot ${i + 1}`,
      hp: 7,
      aim: 70,
      mobility: 5,
      weapon: 'thompson',
      x: p.x,
      y: p.y,
    })),
    enemies: enemies.map((p, i) => ({ id: `lgf-${i + 1}`, type: 'trooper', x: p.x, y: p.y })),
    objective: { kind: 'eliminate' },
  });
  const brushes = [...TERRAIN_NAMES, 'squad', 'enemy'] as const;
  const palette = el('div', {
    style: 'display:flex;flex-wrap:wrap;gap:0.25rem;justify-content:center',
    role: 'radiogroup',
    'aria-label': 'Brush',
  });
  for (const b of brushes) {
    const btn = el(
      'button',
      {
        role: 'radio',
        'aria-checked': String(b === brush),
        onclick: () => {
          brush = b;
          for (const c of palette.children) c.setAttribute('aria-checked', String(c === btn));
          for (const c of palette.children) c.classList.toggle('active', c === btn);
        },
      },
      b,
    );
    if (b === brush) btn.classList.add('active');
    palette.append(btn);
  }
  const size = el('input', {
    value: `${width}x${height}`,
    'aria-label': 'Size (width x height)',
    style: 'min-width:5rem;width:6rem',
  });
  size.addEventListener('change', () => {
    const m = /^(\d+)x(\d+)$/.exec(size.value.trim());
    if (!m) return;
    width = Math.min(64, Math.max(4, Number(m[1])));
    height = Math.min(64, Math.max(4, Number(m[2])));
    rows = Array.from({ length: height }, (_, y) => (rows[y] ?? '').padEnd(width, '.').slice(0, width));
    canvas.width = width * cell;
    canvas.height = height * cell;
    draw();
  });
  const screen = el(
    'div',
    { class: 'screen editor', role: 'dialog', 'aria-label': 'Map editor' },
    el(
      'div',
      { class: 'box panel', style: 'width:auto;max-width:95vw' },
      el('h2', { text: 'Map editor' }),
      palette,
      el('div', { style: 'margin:0.5rem 0;overflow:auto;max-height:60vh' }, canvas),
      el(
        'div',
        { class: 'menu', style: 'flex-direction:row;justify-content:center' },
        size,
        el('button', { onclick: () => (err.textContent = h.playTest(toMap()) ?? '') }, 'Play-test'),
        el(
          'button',
          {
            onclick: () => {
              const a = el('a', {
                href: URL.createObjectURL(new Blob([JSON.stringify(toMap(), null, 1)], { type: 'application/json' })),
                download: 'custom.map.json',
              });
              a.click();
            },
          },
          'Export JSON',
        ),
        el('button', { onclick: () => h.close() }, 'Back'),
      ),
      err,
    ),
  );
  ui.append(screen);
  draw();
  return () => screen.remove();
}
