// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../web/renderWithProviders.tsx';
import { ImportSummaryView } from './ImportSummaryView.tsx';

const summary = {
  created: 12,
  updated: 3,
  skipped: 1,
  errors: [
    { line: 4, code: 'missing_name', reason: 'Raden saknar namn' },
    { line: 9, code: 'invalid_email', reason: 'Ogiltig e-postadress: ”anna@”' },
  ],
  encoding: 'windows-1252',
  delimiter: ';',
  isDryRun: true,
  hasMembershipColumn: true,
  membershipDefaulted: 0,
  newPeopleAre: 'contacts' as const,
  importId: null,
};

afterEach(cleanup);

describe('the import summary', () => {
  it('says a dry run saved nothing, counts what would happen and lists errors by line', () => {
    renderWithProviders(<ImportSummaryView summary={summary} />);
    expect(screen.getByText('Provkörning – inget har sparats')).toBeDefined();
    expect(screen.getByText('12')).toBeDefined();
    expect(screen.getByText('nya personer')).toBeDefined();
    expect(screen.getByText('Rad 4: Raden saknar namn')).toBeDefined();
    expect(screen.getByText('Rad 9: Ogiltig e-postadress: ”anna@”')).toBeDefined();
    expect(screen.getByText(/kommer inte med/)).toBeDefined();
  });

  it('reports a finished import', () => {
    renderWithProviders(
      <ImportSummaryView summary={{ ...summary, isDryRun: false, errors: [] }} />,
      {
        locale: 'en',
      },
    );
    expect(screen.getByText('The import is done')).toBeDefined();
    expect(screen.getByText('new people')).toBeDefined();
    expect(screen.queryByText(/were not imported/)).toBeNull();
  });

  it('says what new people became when the file had no membership column', () => {
    renderWithProviders(
      <ImportSummaryView
        summary={{ ...summary, hasMembershipColumn: false, membershipDefaulted: 12 }}
      />,
    );
    expect(
      screen.getByText(
        'Filen har ingen kolumn för medlemskap: 12 nya personer läggs in som kontakter, ' +
          'inte medlemmar. De som redan finns i registret behåller sitt medlemskap.',
      ),
    ).toBeDefined();
  });
});
