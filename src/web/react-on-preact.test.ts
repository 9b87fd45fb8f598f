// @vitest-environment happy-dom
import { createElement, render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { Activity } from './react-on-preact.ts';

const root = document.createElement('div');
let setMode: (mode: 'visible' | 'hidden') => void = () => {};

function Counter() {
  const [count, setCount] = useState(0);
  return createElement('button', { onClick: () => setCount(count + 1) }, `clicked ${count}`);
}

function Harness() {
  const [mode, set] = useState<'visible' | 'hidden'>('visible');
  setMode = set;
  return createElement(Activity, { mode }, createElement(Counter, null));
}

afterEach(() => render(null, root));

it('hides its content without unmounting it, as React 19.2 does', () => {
  act(() => render(createElement(Harness, null), root));
  const button = root.querySelector('button')!;
  act(() => button.click());
  expect(button.parentElement!.style.display).toBe('contents');

  act(() => setMode('hidden'));
  expect(button.parentElement!.style.display).toBe('none');
  expect(root.querySelector('button')).toBe(button);

  act(() => setMode('visible'));
  expect(root.querySelector('button')?.textContent).toBe('clicked 1');
});
