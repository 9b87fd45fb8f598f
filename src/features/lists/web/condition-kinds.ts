import type { Condition } from '../lists.contract.ts';
import type { ConditionType, Problem } from './filter-draft.ts';

/**
 * Every kind of condition the builder offers, in menu order, with its label. A kind added to
 * the contract (consent, retention…) is a compile error here until it gets a label, a default
 * in filter-draft.ts and an editor in ConditionEditor.tsx.
 */
export const conditionKinds: Record<ConditionType, string> = {
  text: 'lists.kind.text',
  membership: 'lists.kind.membership',
  membershipStatus: 'lists.kind.membershipStatus',
  localGroup: 'lists.kind.localGroup',
  tag: 'lists.kind.tag',
  gender: 'lists.kind.gender',
  birthYear: 'lists.kind.birthYear',
  date: 'lists.kind.date',
  participation: 'lists.kind.participation',
  custom: 'lists.kind.custom',
  consent: 'lists.kind.consent',
  retention: 'lists.kind.retention',
};

export const problemMessages: Record<Problem, string> = {
  value: 'lists.problem.value',
  status: 'lists.problem.status',
  gender: 'lists.problem.gender',
  localGroup: 'lists.problem.localGroup',
  tag: 'lists.problem.tag',
  range: 'lists.problem.range',
  order: 'lists.problem.order',
  field: 'lists.problem.field',
  invalid: 'lists.problem.invalid',
};

type TextCondition = Extract<Condition, { type: 'text' }>;

export const textFieldLabels: Record<TextCondition['field'], string> = {
  firstName: 'person.field.firstName',
  lastName: 'person.field.lastName',
  email: 'person.field.email',
  phone: 'person.field.phone',
  address: 'person.field.address',
  postcode: 'person.field.postcode',
  city: 'person.field.city',
  memberNumber: 'person.field.memberNumber',
  notes: 'person.field.notes',
};

export const textOpLabels: Record<TextCondition['op'], string> = {
  contains: 'lists.op.contains',
  equals: 'lists.op.equals',
  startsWith: 'lists.op.startsWith',
  isEmpty: 'lists.op.isEmpty',
  isNotEmpty: 'lists.op.isNotEmpty',
};

export const participationLabels: Record<
  Extract<Condition, { type: 'participation' }>['what'],
  string
> = {
  signedUp: 'lists.participation.signedUp',
  attended: 'lists.participation.attended',
  noShow: 'lists.participation.noShow',
};

/** Operators that compare with nothing: no value to fill in. */
export function needsValue(op: string) {
  return op !== 'isEmpty' && op !== 'isNotEmpty';
}
