// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import type { CustomField } from '../../../custom-fields/custom-fields.contract.ts';
import {
  changedCustomValues,
  fromDraft,
  type CustomDraft,
} from '../../../custom-fields/web/custom-values.ts';
import { CustomValueInput } from './CustomValueInput.tsx';

let nextId = 0;
function buildField(overrides: Partial<CustomField>): CustomField {
  nextId += 1;
  return {
    id: `aaaaaaaa-aaaa-4aaa-8aaa-${String(nextId).padStart(12, '0')}`,
    label: 'Fält',
    kind: 'text',
    options: [],
    position: nextId,
    ...overrides,
  };
}

function Harness({ field, onValue }: { field: CustomField; onValue: (v: unknown) => void }) {
  const [draft, setDraft] = useState<CustomDraft>(field.kind === 'multi_choice' ? [] : '');
  return (
    <CustomValueInput
      field={field}
      value={draft}
      onChange={(next) => {
        setDraft(next);
        onValue(fromDraft(field, next));
      }}
    />
  );
}

afterEach(cleanup);

describe('custom value inputs', () => {
  it('a number field reads Swedish decimals', async () => {
    const onValue = vi.fn();
    renderWithProviders(
      <Harness field={buildField({ label: 'Skostorlek', kind: 'number' })} onValue={onValue} />,
    );
    await userEvent.type(screen.getByLabelText('Skostorlek'), '38,5');
    expect(onValue).toHaveBeenLastCalledWith(38.5);
  });

  it('a date field is a date input', () => {
    renderWithProviders(
      <Harness field={buildField({ label: 'Kurs', kind: 'date' })} onValue={vi.fn()} />,
    );
    expect(screen.getByLabelText<HTMLInputElement>('Kurs').type).toBe('date');
  });

  it('a yes/no field answers true, false or nothing', async () => {
    const onValue = vi.fn();
    renderWithProviders(
      <Harness field={buildField({ label: 'Körkort', kind: 'yes_no' })} onValue={onValue} />,
    );
    const select = screen.getByLabelText('Körkort');
    await userEvent.selectOptions(select, 'Nej');
    expect(onValue).toHaveBeenLastCalledWith(false);
    await userEvent.selectOptions(select, 'Inte angivet');
    expect(onValue).toHaveBeenLastCalledWith(null);
  });

  it('a choice field offers its choices', async () => {
    const onValue = vi.fn();
    const field = buildField({ label: 'Tröja', kind: 'choice', options: ['S', 'M', 'L'] });
    renderWithProviders(<Harness field={field} onValue={onValue} />);
    await userEvent.selectOptions(screen.getByLabelText('Tröja'), 'M');
    expect(onValue).toHaveBeenLastCalledWith('M');
  });

  it('a multiple-choice field is a group of checkboxes', async () => {
    const onValue = vi.fn();
    const field = buildField({
      label: 'Språk',
      kind: 'multi_choice',
      options: ['arabiska', 'finska'],
    });
    renderWithProviders(<Harness field={field} onValue={onValue} />);
    await userEvent.click(screen.getByLabelText('finska'));
    await userEvent.click(screen.getByLabelText('arabiska'));
    expect(onValue).toHaveBeenLastCalledWith(['finska', 'arabiska']);
  });

  it('a URL field is a URL input, and text is trimmed', async () => {
    const onValue = vi.fn();
    renderWithProviders(
      <Harness field={buildField({ label: 'Blogg', kind: 'url' })} onValue={onValue} />,
    );
    const input = screen.getByLabelText<HTMLInputElement>('Blogg');
    expect(input.type).toBe('url');
    await userEvent.type(input, ' https://exempel.se ');
    expect(onValue).toHaveBeenLastCalledWith('https://exempel.se');
  });
});

describe('changedCustomValues', () => {
  it('sends only changed values, and null for a cleared one', () => {
    const text = buildField({ kind: 'text' });
    const flag = buildField({ kind: 'yes_no' });
    const many = buildField({ kind: 'multi_choice', options: ['a', 'b'] });
    const before = { [text.id]: 'kvar', [flag.id]: true, [many.id]: ['a'] };
    const drafts = { [text.id]: 'kvar', [flag.id]: '', [many.id]: ['a', 'b'] };
    expect(changedCustomValues([text, flag, many], drafts, before)).toEqual({
      [flag.id]: null,
      [many.id]: ['a', 'b'],
    });
  });
});
