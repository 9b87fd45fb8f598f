import { describe, expect, it } from 'vitest';
import { headerKey, isSensitiveHeader, mapHeaders } from './map-headers.ts';
import type { PersonField } from './map-headers.ts';

const fieldOf = (header: string) => mapHeaders([header]).targets[0];

describe('mapHeaders', () => {
  it.each<[PersonField, string[]]>([
    ['firstName', ['Förnamn', 'FÖRNAMN', 'fornamn', 'First name', 'firstname', 'Given name']],
    ['lastName', ['Efternamn', 'Last name', 'LastName', 'Surname']],
    ['fullName', ['Namn', 'Name', 'Fullständigt namn', 'För- och efternamn']],
    [
      'email',
      ['E-post', 'epost', 'Mejl', 'Mail', 'Email', 'E-mail', 'E-postadress', 'E-Mail Address'],
    ],
    ['phone', ['Telefon', 'Mobil', 'Mobilnummer', 'Tel', 'Tel.', 'Phone', 'Mobile', 'Tfn']],
    ['address', ['Adress', 'Gatuadress', 'Address', 'Street', 'Utdelningsadress']],
    ['postcode', ['Postnummer', 'Postnr', 'Postnr.', 'Zip', 'Zip code', 'Postal code']],
    ['city', ['Ort', 'Postort', 'Stad', 'City']],
    ['memberNumber', ['Medlemsnummer', 'Medlemsnr', 'Member number', 'Member no.', 'Medlems-ID']],
    ['memberSince', ['Medlem sedan', 'Inträdesdatum', 'Member since']],
    ['birthYear', ['Födelseår', 'Födelsedatum', 'Birth year', 'Personnummer']],
    ['gender', ['Kön', 'kon', 'Gender']],
    ['isMember', ['Medlem', 'Medlem?', 'Är medlem', 'Member']],
    ['membershipStatus', ['Status', 'Medlemsstatus', 'Membership status']],
    ['localGroup', ['Lokalgrupp', 'Local group', 'Lokalavdelning']],
    ['notes', ['Anteckningar', 'Notes', 'Kommentar', 'Övrigt']],
    ['tags', ['Taggar', 'Tagg', 'Tags', 'Etiketter']],
  ])('maps %s from its Swedish and English names', (field, headers) => {
    for (const header of headers) expect(fieldOf(header), header).toBe(field);
  });

  it('ignores case, spaces, punctuation and diacritics', () => {
    expect(fieldOf('  e - POST  ')).toBe('email');
    expect(fieldOf('FODELSEAR')).toBe('birthYear');
    expect(fieldOf('Förnamn:')).toBe('firstName');
    expect(fieldOf('Postnummer *')).toBe('postcode');
  });

  it("drops our own export's Tillagd column instead of keeping it aside", () => {
    for (const header of ['Tillagd', 'Skapad', 'Created at']) {
      expect(fieldOf(header), header).toBe('ignore');
    }
  });

  it('gives null for unknown headers', () => {
    for (const header of ['Tröjstorlek', 'Allergier', '', 'Kolumn 7', 'Betalat 2024']) {
      expect(fieldOf(header), header).toBeNull();
    }
  });

  it('finds a known name inside a longer header, marked as partial', () => {
    const mapping = mapHeaders(['E-post (privat)', 'Mobilnummer 2', 'Lokalgrupp (kommun)']);
    expect(mapping.targets).toEqual(['email', 'phone', 'localGroup']);
    expect(mapping.columns.map((column) => column.confidence)).toEqual([
      'partial',
      'partial',
      'partial',
    ]);
  });

  it('does not trust generic words inside longer headers', () => {
    expect(fieldOf('Förälders namn')).toBeNull();
    expect(fieldOf('Status på betalning')).toBeNull();
    expect(fieldOf('Medlem i annan förening')).toBeNull();
  });

  it('leaves a header naming two fields unmapped, but not one name inside another', () => {
    expect(fieldOf('Telefon / e-post')).toBeNull();
    expect(fieldOf('Postnummer och ort')).toBeNull();
    expect(fieldOf('E-postadress privat')).toBe('email');
  });

  it('gives a field to one column only and reports the others as a conflict', () => {
    const mapping = mapHeaders(['Namn', 'Telefon', 'Mobil', 'E-post arbete', 'E-post']);
    expect(mapping.targets).toEqual(['fullName', 'phone', null, null, 'email']);
    expect(mapping.conflicts).toEqual([
      { field: 'phone', columns: [1, 2] },
      { field: 'email', columns: [4, 3] },
    ]);
    expect(mapping.columns[2]).toMatchObject({ field: 'phone', duplicateOf: 1 });
    expect(mapping.columns[3]).toMatchObject({ confidence: 'partial', duplicateOf: 4 });
  });

  it('maps a typical Swedish register export completely', () => {
    const headers = [
      'Medlemsnr',
      'Förnamn',
      'Efternamn',
      'Gatuadress',
      'Postnr',
      'Postort',
      'Mobil',
      'E-post',
      'Inträdesdatum',
      'Födelseår',
      'Kön',
      'Lokalgrupp',
      'Anteckningar',
      'Tröjstorlek',
    ];
    expect(mapHeaders(headers).targets).toEqual([
      'memberNumber',
      'firstName',
      'lastName',
      'address',
      'postcode',
      'city',
      'phone',
      'email',
      'memberSince',
      'birthYear',
      'gender',
      'localGroup',
      'notes',
      null,
    ]);
    expect(mapHeaders(headers).conflicts).toEqual([]);
  });
});

describe('headerKey and isSensitiveHeader', () => {
  it('normalizes headers to a bare key', () => {
    expect(headerKey(' Födelse-år ')).toBe('fodelsear');
    expect(headerKey('E-post adress')).toBe('epostadress');
  });

  it('recognises columns of personal identity numbers', () => {
    expect(isSensitiveHeader('Personnummer')).toBe(true);
    expect(isSensitiveHeader('Person-nr')).toBe(true);
    expect(isSensitiveHeader('Födelseår')).toBe(false);
  });
});
