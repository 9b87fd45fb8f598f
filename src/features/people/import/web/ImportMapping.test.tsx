// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { ImportMapping } from './ImportMapping.tsx';
import { ImportPreviewRows } from './ImportPreviewRows.tsx';

const preview = {
  format: 'csv' as const,
  encoding: 'windows-1252',
  delimiter: ';',
  headers: ['Förnamn', 'Efternamn', 'E-post (privat)', 'Skostorlek'],
  suggestedMapping: {
    targets: ['firstName' as const, 'lastName' as const, 'email' as const, null],
    columns: [
      {
        index: 0,
        header: 'Förnamn',
        field: 'firstName' as const,
        confidence: 'exact' as const,
        duplicateOf: null,
      },
      {
        index: 1,
        header: 'Efternamn',
        field: 'lastName' as const,
        confidence: 'exact' as const,
        duplicateOf: null,
      },
      {
        index: 2,
        header: 'E-post (privat)',
        field: 'email' as const,
        confidence: 'partial' as const,
        duplicateOf: null,
      },
      {
        index: 3,
        header: 'Skostorlek',
        field: null,
        confidence: 'none' as const,
        duplicateOf: null,
      },
    ],
    conflicts: [],
  },
  rows: [
    {
      line: 2,
      person: {
        firstName: 'Åsa',
        lastName: 'Öberg',
        email: 'asa@example.se',
        phone: null,
        address: null,
        postcode: null,
        city: 'Huddinge',
        memberNumber: null,
        memberSince: null,
        birthYear: null,
        gender: null,
        isMember: null,
        membershipStatus: null,
        localGroupName: null,
        notes: null,
        extra: {},
        custom: {},
        tags: [],
      },
      errors: [],
    },
    {
      line: 3,
      person: null,
      errors: [{ line: 3, code: 'missing_name', reason: 'Raden saknar namn' }],
    },
  ],
  totalRows: 2,
  problems: [],
  customFields: [] as {
    id: string;
    label: string;
    kind: 'number';
    options: string[];
    position: number;
  }[],
};

const shoeSizeId = '77777777-7777-4777-8777-777777777777';

afterEach(cleanup);

describe('the import mapping step', () => {
  it('shows each column with its suggested field in Swedish, and lets the user correct it', async () => {
    const onChange = vi.fn();
    renderWithProviders(
      <ImportMapping
        preview={preview}
        mapping={preview.suggestedMapping.targets}
        onChange={onChange}
      />,
    );
    const email = screen.getByLabelText<HTMLSelectElement>('Kolumnen ”E-post (privat)”');
    expect(email.value).toBe('email');
    expect(screen.getByText('Gissat utifrån rubriken – kontrollera.')).toBeDefined();
    const shoe = screen.getByLabelText<HTMLSelectElement>('Kolumnen ”Skostorlek”');
    expect(shoe.selectedOptions[0]?.textContent).toBe('Spara som övrig uppgift');

    await userEvent.selectOptions(shoe, 'Hoppa över kolumnen');
    expect(onChange).toHaveBeenLastCalledWith(['firstName', 'lastName', 'email', 'ignore']);
    await userEvent.selectOptions(email, 'Telefon');
    expect(onChange).toHaveBeenLastCalledWith(['firstName', 'lastName', 'phone', null]);
  });

  it("offers the association's own fields too, and maps a column to one", async () => {
    const onChange = vi.fn();
    const withCustom = {
      ...preview,
      customFields: [
        { id: shoeSizeId, label: 'Skostorlek', kind: 'number' as const, options: [], position: 0 },
      ],
    };
    renderWithProviders(
      <ImportMapping
        preview={withCustom}
        mapping={['firstName', 'lastName', 'email', `custom:${shoeSizeId}`]}
        onChange={onChange}
      />,
    );
    const shoe = screen.getByLabelText<HTMLSelectElement>('Kolumnen ”Skostorlek”');
    expect(shoe.selectedOptions[0]?.textContent).toBe('Skostorlek');
    expect(shoe.selectedOptions[0]?.closest('optgroup')?.label).toBe('Föreningens egna fält');
    const email = screen.getByLabelText<HTMLSelectElement>('Kolumnen ”E-post (privat)”');
    await userEvent.selectOptions(email, 'Skostorlek');
    expect(onChange).toHaveBeenLastCalledWith([
      'firstName',
      'lastName',
      `custom:${shoeSizeId}`,
      `custom:${shoeSizeId}`,
    ]);
  });

  it('says when two columns fill one field', () => {
    renderWithProviders(
      <ImportMapping
        preview={preview}
        mapping={['firstName', 'lastName', 'email', 'email']}
        onChange={() => {}}
      />,
    );
    expect(screen.getAllByText(/Flera kolumner fyller samma fält/)).toHaveLength(2);
  });

  it('previews the first rows with line numbers and row errors', () => {
    renderWithProviders(<ImportPreviewRows preview={preview} />);
    expect(screen.getByText('De första 2 av 2 raderna')).toBeDefined();
    expect(screen.getByText('Åsa Öberg')).toBeDefined();
    const errorRow = screen.getByText('Raden saknar namn').closest('tr');
    expect(errorRow?.textContent).toContain('3');
  });
});
