// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../web/renderWithProviders.tsx';
import { TagBadge } from './TagBadge.tsx';

afterEach(cleanup);

describe('TagBadge', () => {
  it('shows a long name whole, wrapping rather than cut with an ellipsis', () => {
    renderWithProviders(<TagBadge colour="#c92a2a">Valstugevolontär i Flemingsberg</TagBadge>);
    const label = screen.getByText('Valstugevolontär i Flemingsberg');
    expect(label.style.whiteSpace).toBe('normal');
    expect(label.style.textOverflow).toBe('clip');
    expect(label.closest<HTMLElement>('.mantine-Badge-root')!.style.height).toBe('auto');
  });
});
