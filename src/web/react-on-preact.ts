import { createElement, type ComponentChildren } from 'preact';

// What the browser build imports as 'react' (see vite.config.ts): Preact's compatibility layer,
// plus React 19.2's <Activity>, which Mantine's Collapse, Transition and Tabs use for content
// they keep mounted while hidden and which Preact does not have.
// @ts-expect-error -- its types are one CommonJS `export =`; Vite reads its ES module build.
export * from 'preact/compat';
export { default } from 'preact/compat';

/** Preact has none; react-router looks for it and does without, as on React 18. */
export const useOptimistic = undefined;

/**
 * Hidden content stays mounted (its state kept) but takes no space, as in React. The wrapper is
 * always the same element, so switching modes never remounts the content; `display: contents`
 * keeps it out of the layout while visible. Unlike React, effects inside keep running while
 * hidden.
 */
export function Activity({
  mode = 'visible',
  children,
}: {
  mode?: 'visible' | 'hidden';
  children?: ComponentChildren;
}) {
  return createElement(
    'div',
    { style: { display: mode === 'hidden' ? 'none' : 'contents' } },
    children,
  );
}
