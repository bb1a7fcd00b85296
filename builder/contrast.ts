/**
 * WCAG 2.2 contrast (1.4.3, text at least 4.5:1), for the theme tokens: how a colour reads on
 * a light page and on a dark one. Colours are read by the browser itself (a canvas pixel),
 * so any CSS colour it knows works: names, hex, rgb(), hsl(), oklch()…
 */

export type Rgba = [r: number, g: number, b: number, a: number];

/** The least contrast WCAG 1.4.3 asks of text. */
export const MIN_CONTRAST = 4.5;

/** The pages a widget may sit on, for the check. */
export const PAGES = {light: '#ffffff', dark: '#111111'} as const;

let context: CanvasRenderingContext2D | null | undefined;

/** The colour as sRGB bytes and alpha (0–1), or `undefined` when it is not one CSS colour (`var(…)`, a typo). */
export function parseColor(value: string): Rgba | undefined {
  context ??= Object.assign(document.createElement('canvas'), {width: 1, height: 1}).getContext('2d', {
    willReadFrequently: true,
  });
  if (!context || !value.trim()) return undefined;
  // An invalid colour leaves fillStyle as it was: set two different ones first to tell.
  const seen = ['#000000', '#ffffff'].map((start) => {
    context!.fillStyle = start;
    context!.fillStyle = value;
    return context!.fillStyle;
  });
  if (seen[0] !== seen[1]) return undefined;
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over the opaque `bottom`. */
export const over = ([r, g, b, a]: Rgba, [r2, g2, b2]: Rgba): Rgba => [
  r * a + r2 * (1 - a),
  g * a + g2 * (1 - a),
  b * a + b2 * (1 - a),
  1,
];

/** Relative luminance (WCAG 2.2). */
function luminance([r, g, b]: Rgba) {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two opaque colours, from 1 to 21. */
export function contrast(a: Rgba, b: Rgba) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
