import type { Container } from 'pixi.js';

/**
 * What a WebGL frame costs in software rendering (docs/client.md, "Rendering in software WebGL"): the area it
 * covers. SwiftShader shades every pixel of every triangle drawn, so a sprite costs its whole on-screen quad
 * (transparent corners included) and a graphics object the area of its shapes (a filled shape's area, a line's length
 * times its width), clipped to the canvas; a pixel under three sprites counts three times. Unlike frames a second,
 * this figure does not move with the machine's load.
 */
export interface Fill {
  /** Pixels of the canvas covered by what is drawn, summed. */
  pixels: number;
  /** Objects drawn (sprites, graphics, texts). */
  drawn: number;
  /** Pixels by kind: the scene's (lower-case) label of the object or of its nearest so labelled ancestor, up to ':'. */
  by: Record<string, number>;
  /** Objects drawn by kind. */
  count: Record<string, number>;
}

interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface Shape {
  type: string;
  points?: number[];
  closePath?: boolean;
  width?: number;
  height?: number;
  radius?: number;
  halfWidth?: number;
  halfHeight?: number;
  getBounds(): { width: number; height: number };
}

interface Node {
  visible: boolean;
  renderable: boolean;
  label: string | null;
  children: Node[];
  renderPipeId?: string;
  worldTransform: { a: number; b: number; c: number; d: number };
  context?: {
    instructions: {
      action: string;
      data: { style?: { width?: number }; path?: { shapePath: { shapePrimitives: { shape: Shape }[] } } };
    }[];
  };
  getBounds(): Bounds;
  /** A sprite's quad as drawn (a trimmed texture's quad leaves out its transparent margin), local units. */
  visualBounds?: Bounds;
  bounds?: Bounds;
}

/** Shapes' area in local units: filled shapes by their area, strokes by length times width. */
function shapesArea(c: NonNullable<Node['context']>): number {
  let area = 0;
  for (const ins of c.instructions) {
    const stroke = ins.action === 'stroke';
    if (!stroke && ins.action !== 'fill') continue;
    const width = stroke ? (ins.data.style?.width ?? 1) : 0;
    for (const { shape: s } of ins.data.path?.shapePath.shapePrimitives ?? []) {
      if (s.type === 'polygon' && s.points) {
        const p = s.points;
        let twice = 0;
        let length = 0;
        const n = p.length / 2;
        for (let i = 0; i < n; i++) {
          const j = (i + 1) % n;
          twice += p[2 * i]! * p[2 * j + 1]! - p[2 * j]! * p[2 * i + 1]!;
          if (j > 0 || s.closePath || !stroke)
            length += Math.hypot(p[2 * j]! - p[2 * i]!, p[2 * j + 1]! - p[2 * i + 1]!);
        }
        area += stroke ? length * width : Math.abs(twice) / 2;
      } else if (s.type === 'circle' && s.radius !== undefined) {
        area += stroke ? 2 * Math.PI * s.radius * width : Math.PI * s.radius ** 2;
      } else if (s.type === 'ellipse' && s.halfWidth !== undefined && s.halfHeight !== undefined) {
        const { halfWidth: a, halfHeight: b } = s;
        area += stroke ? Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b))) * width : Math.PI * a * b;
      } else {
        const b = s.getBounds();
        area += stroke ? 2 * (b.width + b.height) * width : b.width * b.height;
      }
    }
  }
  return area;
}

/** The fill of what `root` would draw now on a `width`×`height` canvas. */
export function measureFill(root: Container, width: number, height: number): Fill {
  const fill: Fill = { pixels: 0, drawn: 0, by: {}, count: {} };
  const visit = (c: Node, kind: string) => {
    if (!c.visible) return;
    // PixiJS names objects after their class (Sprite, Graphics): only the scene's own lower-case labels say a kind
    const k = c.label && c.label[0] !== c.label[0]!.toUpperCase() ? c.label.split(':')[0]! : kind;
    if (c.renderPipeId !== undefined && c.renderable) {
      const b = c.getBounds();
      const w = Math.min(width, b.maxX) - Math.max(0, b.minX);
      const h = Math.min(height, b.maxY) - Math.max(0, b.minY);
      if (w > 0 && h > 0) {
        let px = w * h;
        if (c.visualBounds && c.bounds) {
          // a trimmed texture's quad is smaller than the sprite's bounds: its share of them
          const v = c.visualBounds;
          const o = c.bounds;
          px *= ((v.maxX - v.minX) * (v.maxY - v.minY)) / ((o.maxX - o.minX) * (o.maxY - o.minY) || 1);
        }
        if (c.context) {
          // a graphics object covers its shapes, not its bounding box: the shapes' area, in the share on screen
          const t = c.worldTransform;
          const scale = Math.abs(t.a * t.d - t.b * t.c);
          px = Math.min(px, shapesArea(c.context) * scale * ((w * h) / ((b.maxX - b.minX) * (b.maxY - b.minY))));
        }
        fill.pixels += px;
        fill.drawn++;
        fill.by[k] = (fill.by[k] ?? 0) + px;
        fill.count[k] = (fill.count[k] ?? 0) + 1;
      }
    }
    for (const child of c.children) visit(child, k);
  };
  visit(root as unknown as Node, 'other');
  fill.pixels = Math.round(fill.pixels);
  for (const k of Object.keys(fill.by)) fill.by[k] = Math.round(fill.by[k]!);
  return fill;
}
