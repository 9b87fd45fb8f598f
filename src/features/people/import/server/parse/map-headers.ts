import type { CustomField } from '../../../../custom-fields/custom-fields.contract.ts';
import { customFieldTarget, importFields, type CustomFieldTarget } from '../../import.contract.ts';
/** The person fields an import column can fill (declared once, in the contract). `fullName` is split into first and last name. */
export const PERSON_FIELDS = importFields;

export type PersonField = (typeof PERSON_FIELDS)[number];

/** A field a column can fill: a person field or one of the association's custom fields. */
export type ImportTarget = PersonField | CustomFieldTarget;

/** What a column is used for: a field, `null` (kept as an extra value) or `'ignore'` (dropped). */
export type ColumnTarget = ImportTarget | 'ignore' | null;

/** What the import needs to know of a custom field. */
export type ImportCustomField = Pick<CustomField, 'id' | 'label' | 'kind' | 'options'>;

export interface ColumnSuggestion {
  index: number;
  header: string;
  field: ImportTarget | null;
  /** `exact`: the whole header is a known name; `partial`: a known name inside a longer header. */
  confidence: 'exact' | 'partial' | 'none';
  /** Set when an earlier or surer column already took this column's field. */
  duplicateOf: number | null;
}

export interface HeaderMapping {
  /** One target per column, ready to be corrected by the user and passed to `applyMapping`. */
  targets: ColumnTarget[];
  columns: ColumnSuggestion[];
  /** Fields claimed by more than one column; only the first listed column was given the field. */
  conflicts: { field: ImportTarget; columns: number[] }[];
}

const SYNONYMS: Record<PersonField, string[]> = {
  firstName: ['förnamn', 'first name', 'given name', 'tilltalsnamn', 'forename'],
  lastName: ['efternamn', 'last name', 'surname', 'family name'],
  fullName: [
    'namn',
    'name',
    'fullständigt namn',
    'full name',
    'för- och efternamn',
    'förnamn efternamn',
    'förnamn och efternamn',
  ],
  email: [
    'e-post',
    'mejl',
    'mail',
    'e-mail',
    'e-postadress',
    'mejladress',
    'mailadress',
    'email address',
  ],
  phone: [
    'telefon',
    'mobil',
    'mobilnummer',
    'mobilnr',
    'mobiltelefon',
    'telefonnummer',
    'telefonnr',
    'tel',
    'tfn',
    'phone',
    'phone number',
    'mobile',
    'mobile phone',
    'cell phone',
  ],
  address: ['adress', 'gatuadress', 'utdelningsadress', 'address', 'street', 'street address'],
  postcode: ['postnummer', 'postnr', 'zip', 'zip code', 'postal code', 'postcode'],
  city: ['ort', 'postort', 'stad', 'city', 'town'],
  memberNumber: [
    'medlemsnummer',
    'medlemsnr',
    'medlems-id',
    'member number',
    'member no',
    'membership number',
    'member id',
  ],
  memberSince: ['medlem sedan', 'inträdesdatum', 'inträde', 'member since', 'join date', 'joined'],
  birthYear: [
    'födelseår',
    'födelsedatum',
    'född',
    'birth year',
    'year of birth',
    'date of birth',
    'birth date',
    'personnummer',
    'personnr',
  ],
  gender: ['kön', 'gender'],
  isMember: ['medlem', 'är medlem', 'member', 'is member'],
  membershipStatus: ['status', 'medlemsstatus', 'membership status', 'medlemskap'],
  localGroup: ['lokalgrupp', 'lokalavdelning', 'local group', 'grupp', 'group', 'krets'],
  tags: ['taggar', 'tagg', 'tags', 'tag', 'etiketter', 'etikett'],
  notes: [
    'anteckningar',
    'anteckning',
    'notes',
    'note',
    'kommentar',
    'kommentarer',
    'comment',
    'övrigt',
  ],
};

// Words too generic to trust inside a longer header: "Förälders namn" is not the person's name,
// "Status på betalning" not the membership status.
const EXACT_ONLY = new Set([
  'namn',
  'name',
  'status',
  'ort',
  'stad',
  'grupp',
  'group',
  'member',
  'medlem',
  'note',
  'zip',
]);

// Columns the register fills itself: our own export's "Tillagd" is dropped, not kept aside.
const IGNORED = new Set(
  ['tillagd', 'tillagd den', 'skapad', 'registrerad', 'created', 'created at', 'added'].map(
    headerKey,
  ),
);

// Columns holding full personal identity numbers: they may feed the birth year, but their text is
// never kept as an extra value (see parse-people-file.ts).
const SENSITIVE = new Set(
  ['personnummer', 'personnr', 'pnr', 'samordningsnummer', 'ssn'].map(headerKey),
);

const FIELD_BY_KEY = new Map<string, PersonField>();
for (const field of PERSON_FIELDS) {
  for (const synonym of SYNONYMS[field]) FIELD_BY_KEY.set(headerKey(synonym), field);
}

/**
 * Suggests a target for each column from its header, in Swedish or English. A header equal to a
 * custom field's label (in any case, spacing or punctuation) is that field: the association named
 * it so, which says more than our synonyms.
 */
export function mapHeaders(
  headers: string[],
  customFields: readonly ImportCustomField[] = [],
): HeaderMapping {
  const customByKey = new Map(customFields.map((field) => [headerKey(field.label), field]));
  const columns: ColumnSuggestion[] = headers.map((header, index) => {
    const custom = customByKey.get(headerKey(header));
    const match = custom
      ? { field: customFieldTarget(custom.id), confidence: 'exact' as const }
      : matchHeader(header);
    return { index, header, ...match, duplicateOf: null };
  });
  const conflicts: HeaderMapping['conflicts'] = [];
  // Exact matches claim a field before partial ones; within each, the left-most column wins.
  const byStrength = [...columns].sort(
    (a, b) => rank(a.confidence) - rank(b.confidence) || a.index - b.index,
  );
  const owner = new Map<ImportTarget, ColumnSuggestion>();
  for (const column of byStrength) {
    if (!column.field) continue;
    const first = owner.get(column.field);
    if (!first) {
      owner.set(column.field, column);
      continue;
    }
    column.duplicateOf = first.index;
    const conflict = conflicts.find((entry) => entry.field === column.field);
    if (conflict) conflict.columns.push(column.index);
    else conflicts.push({ field: column.field, columns: [first.index, column.index] });
  }
  const targets = columns.map((column): ColumnTarget => {
    if (column.field === null && IGNORED.has(headerKey(column.header))) return 'ignore';
    return column.duplicateOf === null ? column.field : null;
  });
  return { targets, columns, conflicts };
}

/** Whether a header names a personal identity number, whose full value must not be stored. */
export function isSensitiveHeader(header: string): boolean {
  return SENSITIVE.has(headerKey(header));
}

/** Lower case, without diacritics, spaces or punctuation: "E-post " and "epost" are one key. */
export function headerKey(header: string): string {
  return words(header).join('');
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

interface WordMatch {
  field: PersonField;
  /** Token span [start, end) of the header. */
  start: number;
  end: number;
  length: number;
  trusted: boolean;
}

function matchHeader(header: string): Pick<ColumnSuggestion, 'field' | 'confidence'> {
  const exact = FIELD_BY_KEY.get(headerKey(header));
  if (exact) return { field: exact, confidence: 'exact' };
  // A known name made of whole words inside the header: "E-post (privat)", "Mobilnummer 2".
  // The longest wins; another field named elsewhere in the header makes it ambiguous.
  const tokens = words(header);
  const matches: WordMatch[] = [];
  for (let start = 0; start < tokens.length; start++) {
    for (let end = start + 1; end <= tokens.length; end++) {
      const key = tokens.slice(start, end).join('');
      const field = FIELD_BY_KEY.get(key);
      if (!field) continue;
      matches.push({ field, start, end, length: key.length, trusted: !EXACT_ONLY.has(key) });
    }
  }
  // Generic words cannot win, but they still make a header ambiguous ("Postnummer och ort").
  const best = matches.filter((match) => match.trusted).sort((a, b) => b.length - a.length)[0];
  if (!best) return { field: null, confidence: 'none' };
  const ambiguous = matches.some(
    (other) => other.field !== best.field && (other.end <= best.start || other.start >= best.end),
  );
  return ambiguous
    ? { field: null, confidence: 'none' }
    : { field: best.field, confidence: 'partial' };
}

function rank(confidence: ColumnSuggestion['confidence']): number {
  return confidence === 'exact' ? 0 : confidence === 'partial' ? 1 : 2;
}
