/**
 * The outline of a figure: a ring `width` pixels wide around its opaque pixels (the figure itself left
 * clear), in `colour`. Drawn once per texture with Canvas 2D; used for units seen through walls (white,
 * tinted by faction at run time) and the rim that keeps dark figures readable on a dark floor.
 */
export function outlineCanvas(src: HTMLCanvasElement, colour: string, width = 1): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = src.width;
  c.height = src.height;
  const ctx = c.getContext('2d')!;
  for (let dy = -width; dy <= width; dy++) {
    for (let dx = -width; dx <= width; dx++) if (dx || dy) ctx.drawImage(src, dx, dy);
  }
  ctx.globalCompositeOperation = 'source-in';
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.globalCompositeOperation = 'destination-out';
  ctx.drawImage(src, 0, 0);
  ctx.globalCompositeOperation = 'source-over';
  return c;
}

/** Draws a rim of `colour` around everything drawn on the canvas so far. */
export function addRim(ctx: CanvasRenderingContext2D, colour: string): void {
  const rim = outlineCanvas(ctx.canvas, colour);
  ctx.drawImage(rim, 0, 0);
}
