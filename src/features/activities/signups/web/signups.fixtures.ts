import type { z } from 'zod';
import { buildShiftSummary } from '../../schedule/web/schedule.fixtures.ts';
import type { Signup } from '../signups.contract.ts';

// Sign-ups as the API answers with them, for component tests, on the shift of
// schedule.fixtures.ts. The people are invented.

export function buildSignup(
  overrides: Partial<z.output<typeof Signup>> = {},
): z.output<typeof Signup> {
  return {
    id: 'e1111111-1111-4111-8111-111111111111',
    shiftId: buildShiftSummary().id,
    person: { id: '66666666-6666-4666-8666-666666666666', name: 'Per Lindqvist', isMember: true },
    status: 'confirmed',
    waitingPosition: null,
    source: 'self',
    attended: null,
    createdAt: '2025-04-02T10:00:00.000Z',
    ...overrides,
  };
}
