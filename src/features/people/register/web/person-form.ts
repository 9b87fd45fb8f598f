import type { Person } from '../people.contract.ts';

/** The person form's fields, as the inputs hold them: text. */
export interface PersonFormValues extends Record<string, string> {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  address: string;
  postcode: string;
  city: string;
  gender: string;
  birthYear: string;
  isMember: string;
  memberNumber: string;
  memberSince: string;
  membershipStatus: string;
  localGroupId: string;
  notes: string;
}

export function emptyPersonValues(localGroupId = ''): PersonFormValues {
  return {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    address: '',
    postcode: '',
    city: '',
    gender: '',
    birthYear: '',
    isMember: 'true',
    memberNumber: '',
    memberSince: '',
    membershipStatus: 'active',
    localGroupId,
    notes: '',
  };
}

export function personToValues(person: Person): PersonFormValues {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email ?? '',
    phone: person.phone ?? '',
    address: person.address ?? '',
    postcode: person.postcode ?? '',
    city: person.city ?? '',
    gender: person.gender ?? '',
    birthYear: person.birthYear === null ? '' : String(person.birthYear),
    isMember: String(person.isMember),
    memberNumber: person.memberNumber ?? '',
    memberSince: person.memberSince?.slice(0, 10) ?? '',
    membershipStatus: person.membershipStatus,
    localGroupId: person.localGroup?.id ?? '',
    notes: person.notes,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** What the contract expects: empty text is "not given" (null), numbers are numbers. */
export function valuesToInput(values: PersonFormValues): Record<keyof PersonFormValues, unknown> {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    email: orNull(values.email),
    phone: orNull(values.phone),
    address: orNull(values.address),
    postcode: orNull(values.postcode),
    city: orNull(values.city),
    gender: orNull(values.gender),
    birthYear: values.birthYear.trim() === '' ? null : Number(values.birthYear),
    isMember: values.isMember === 'true',
    memberNumber: orNull(values.memberNumber),
    memberSince: orNull(values.memberSince),
    membershipStatus: values.membershipStatus,
    localGroupId: orNull(values.localGroupId),
    notes: values.notes,
  };
}

/** Only the fields that differ from `before`, so the audit log names what really changed. */
export function patchInput(
  values: PersonFormValues,
  before: PersonFormValues,
): Record<string, unknown> {
  const input = valuesToInput(values);
  return Object.fromEntries(
    Object.entries(input).filter(([name]) => before[name] !== values[name]),
  );
}
