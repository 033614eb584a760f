/**
 * Colours. Factions and hit chances use the Okabe–Ito colour-blind-safe set (blue vs orange, never
 * red vs green), and every colour-coded thing also has a shape or a number beside it.
 */
export const PALETTE = {
  squad: 0x56b4e9,
  squadDark: 0x0072b2,
  lgf: 0xe69f00,
  lgfDark: 0xd55e00,
  move: 0x56b4e9,
  dash: 0xf0e442,
  danger: 0xd55e00,
  conduit: 0x3dff8a,
  fire: 0xff8a2a,
  moon: 0xb8c8ff,
  steam: 0xd8e6e0,
  dust: 0x9a8f80,
} as const;

/** CSS hex for a palette colour. */
export function css(c: number): string {
  return `#${c.toString(16).padStart(6, '0')}`;
}

/** Hit-chance colour bands (with the number always printed): low orange, middle yellow, high blue. */
export function hitColour(percent: number): number {
  if (percent >= 65) return PALETTE.squad;
  if (percent >= 35) return PALETTE.dash;
  return PALETTE.lgf;
}
