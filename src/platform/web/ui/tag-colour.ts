/** sRGB channel (0–255) to linear light, as WCAG defines relative luminance. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a colour like `#c8102e`; 0 is black, 1 is white. */
export function relativeLuminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return 0;
  const [r, g, b] = match.slice(1).map((part) => linear(parseInt(part, 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/**
 * Black or white, whichever reads better on `background`. One of them always reaches at least
 * 4.5:1, so any tag colour gets readable text.
 */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff';
}

/** Colours offered for new tags: distinct from each other, each with a message id for its name. */
export const tagPalette = [
  { colour: '#c8102e', name: 'tags.colour.red' },
  { colour: '#e8590c', name: 'tags.colour.orange' },
  { colour: '#fab005', name: 'tags.colour.yellow' },
  { colour: '#2f9e44', name: 'tags.colour.green' },
  { colour: '#0c8599', name: 'tags.colour.teal' },
  { colour: '#1971c2', name: 'tags.colour.blue' },
  { colour: '#5f3dc4', name: 'tags.colour.violet' },
  { colour: '#c2255c', name: 'tags.colour.pink' },
  { colour: '#868e96', name: 'tags.colour.grey' },
  { colour: '#212529', name: 'tags.colour.black' },
] as const;
