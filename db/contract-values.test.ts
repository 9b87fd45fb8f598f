import { expect, it } from 'vitest';
import {
  activityVisibilities,
  recurrences,
  signupStatuses,
} from '../src/features/activities/schedule/activities.contract.ts';
import { signupSources } from '../src/features/activities/signups/signups.contract.ts';
import { customFieldKinds } from '../src/features/custom-fields/custom-fields.contract.ts';
import { jobStatuses } from '../src/features/jobs/jobs.contract.ts';
import { outboxStatuses } from '../src/features/mail/mail.contract.ts';
import {
  committeeKinds,
  organizationKinds,
} from '../src/features/organizations/organizations.contract.ts';
import { genders, membershipStatuses } from '../src/features/people/people.contract.ts';
import { consentPurposes } from '../src/features/privacy/privacy.contract.ts';
import { roles } from '../src/platform/shared/atoms.ts';
import * as schema from './schema.ts';

// Contracts are shared with the browser and may not import db/, so they still restate the
// value lists the migrations define. Until they can take them from one place, they must agree.
it('the contracts allow exactly the values the database does', () => {
  expect({
    roleNames: roles,
    organizationKinds,
    committeeKinds,
    genders,
    membershipStatuses,
    customFieldKinds,
    consentPurposes,
    jobStatuses,
    outboxStatuses,
    activityVisibilities,
    recurrences,
    signupStatuses,
    signupSources,
  }).toEqual({
    roleNames: schema.roleNames,
    organizationKinds: schema.organizationKinds,
    committeeKinds: schema.committeeKinds,
    genders: schema.genders,
    membershipStatuses: schema.membershipStatuses,
    customFieldKinds: schema.customFieldKinds,
    consentPurposes: schema.consentPurposes,
    jobStatuses: schema.jobStatuses,
    outboxStatuses: schema.outboxStatuses,
    activityVisibilities: schema.activityVisibilities,
    recurrences: schema.recurrences,
    signupStatuses: schema.signupStatuses,
    signupSources: schema.signupSources,
  });
});
