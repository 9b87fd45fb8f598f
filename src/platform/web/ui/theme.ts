import {
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** The party red; shade 6 (#c8102e) is the primary colour, white text on it has contrast 5.9:1. */
export const partyRed: MantineColorsTuple = [
  '#ffe9ec',
  '#fdd3d8',
  '#f6a5ae',
  '#f07482',
  '#ea4a5c',
  '#e52e43',
  '#c8102e',
  '#b00d28',
  '#9a0a22',
  '#7f061b',
];

/**
 * Light-variant alerts and badges write shade 9 on shade 1. Mantine's own green, yellow and
 * orange reach only 2.7–3.8:1 there, so shade 9 is darkened to reach 4.5:1.
 */
function withDarkShade9(name: 'green' | 'yellow' | 'orange' | 'red', shade9: string) {
  const tuple = [...DEFAULT_THEME.colors[name]];
  tuple[9] = shade9;
  return tuple as unknown as MantineColorsTuple;
}

export const statusColors = {
  green: withDarkShade9('green', '#1e6b2e'),
  yellow: withDarkShade9('yellow', '#6e4a00'),
  orange: withDarkShade9('orange', '#8f3405'),
  red: withDarkShade9('red', '#a01d1d'),
};

export const theme = createTheme({
  primaryColor: 'party',
  primaryShade: 6,
  colors: { party: partyRed, ...statusColors },
  focusRing: 'auto',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
});

/**
 * Mantine's default dimmed (gray-6) and error (red-6) colours reach only about 3.3:1 on white;
 * these reach at least 4.5:1 (WCAG AA for body text).
 */
export const lightTextColors = {
  dimmed: '#495057',
  error: partyRed[8],
  placeholder: '#6b7178',
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': lightTextColors.dimmed,
    '--mantine-color-error': lightTextColors.error,
    '--mantine-color-placeholder': lightTextColors.placeholder,
  },
  dark: {},
});
