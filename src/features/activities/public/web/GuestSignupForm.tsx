import { Alert, Button, Checkbox, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../../platform/web/ui/useContractForm.ts';
import type { PublicShift } from '../public-activities.contract.ts';
import { GuestSignupInput } from '../../guests/guests.contract.ts';
import { ActivityTimeRange } from '../../schedule/web/ActivityTimeRange.tsx';
import { useGuestSignUp } from '../../guests/web/useGuestSignup.ts';

const messages = {
  'consent.invalid_value': 'guest.consentRequired',
  'shiftId.required': 'guest.shiftRequired',
  'shiftId.invalid_format': 'guest.shiftRequired',
};

/** How full a shift is, as far as the public may know: places taken, or full. */
export function GuestShiftFill({ shift }: { shift: z.output<typeof PublicShift> }) {
  if (shift.isFull) return <FormattedMessage id="kalendarium.full" />;
  return shift.capacity === null ? (
    <FormattedMessage id="signup.countOpen" values={{ confirmed: shift.confirmed }} />
  ) : (
    <FormattedMessage
      id="signup.countOf"
      values={{ confirmed: shift.confirmed, capacity: shift.capacity }}
    />
  );
}

/**
 * Signing up without an account: name, e-mail (the confirmation link goes there), phone if they
 * like, and consent to the wording shown, which is sent along and kept with the consent record.
 */
export function GuestSignupForm({
  activityId,
  activityStartsAt,
  shifts,
  organizationName,
}: {
  activityId: string;
  activityStartsAt: string;
  shifts: z.output<typeof PublicShift>[];
  organizationName: string;
}) {
  const intl = useIntl();
  const form = useContractForm(
    {
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      shiftId: shifts.length === 1 ? (shifts[0]?.id ?? '') : '',
      consent: '',
    },
    { messages },
  );
  const guestSignUp = useGuestSignUp(activityId);
  const consentWording = intl.formatMessage(
    { id: 'guest.consent' },
    { organization: organizationName },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const { values } = form;
    const body = form.validate(GuestSignupInput, {
      firstName: values.firstName,
      lastName: values.lastName,
      email: values.email,
      phone: values.phone.trim() || null,
      shiftId: values.shiftId || undefined,
      consent: values.consent === 'yes',
      consentWording,
    });
    if (!values.shiftId) form.markError('shiftId', 'required');
    if (body && values.shiftId) {
      guestSignUp.mutate(body, { onError: (error) => form.showServerErrors(error) });
    }
  }

  if (guestSignUp.isSuccess) {
    return (
      <Alert
        color="green"
        variant="light"
        role="status"
        title={intl.formatMessage({ id: 'guest.sent' })}
      >
        <Text size="sm">
          <FormattedMessage
            id="guest.sentText"
            values={{
              email: form.values.email.trim(),
              time: intl.formatDate(guestSignUp.data.expiresAt, {
                day: 'numeric',
                month: 'long',
                hour: '2-digit',
                minute: '2-digit',
              }),
            }}
          />
        </Text>
      </Alert>
    );
  }

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          <FormattedMessage id="guest.intro" />
        </Text>
        {guestSignUp.isError && !form.handlesError(guestSignUp.error) && (
          <ErrorAlert error={guestSignUp.error} />
        )}
        {shifts.length > 1 && (
          <Radio.Group
            label={intl.formatMessage({ id: 'guest.shift' })}
            value={form.values.shiftId}
            onChange={(value) => form.setValue('shiftId', value)}
            error={form.errorFor('shiftId')}
            required
          >
            <Stack gap="xs" mt={4}>
              {shifts.map((shift) => (
                <Radio
                  key={shift.id}
                  value={shift.id}
                  label={
                    <>
                      {shift.title && `${shift.title} · `}
                      <ActivityTimeRange
                        startsAt={shift.startsAt}
                        endsAt={shift.endsAt}
                        dateShown={activityStartsAt}
                      />
                    </>
                  }
                  description={<GuestShiftFill shift={shift} />}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            {...form.field('firstName')}
            label={intl.formatMessage({ id: 'guest.firstName' })}
            autoComplete="given-name"
            required
          />
          <TextInput
            {...form.field('lastName')}
            label={intl.formatMessage({ id: 'guest.lastName' })}
            autoComplete="family-name"
            required
          />
        </SimpleGrid>
        <TextInput
          {...form.field('email')}
          label={intl.formatMessage({ id: 'guest.email' })}
          description={intl.formatMessage({ id: 'guest.emailHelp' })}
          type="email"
          autoComplete="email"
          required
        />
        <TextInput
          {...form.field('phone')}
          label={intl.formatMessage({ id: 'guest.phone' })}
          type="tel"
          autoComplete="tel"
        />
        <Checkbox
          name="consent"
          checked={form.values.consent === 'yes'}
          onChange={(event) => form.setValue('consent', event.currentTarget.checked ? 'yes' : '')}
          label={consentWording}
          error={form.errorFor('consent')}
        />
        <Button type="submit" loading={guestSignUp.isPending} fullWidth>
          <FormattedMessage id="guest.submit" />
        </Button>
      </Stack>
    </form>
  );
}
