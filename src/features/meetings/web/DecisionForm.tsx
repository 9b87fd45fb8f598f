import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { decisionOutcomes } from '../../../platform/shared/db-values.generated.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import { DecisionInput } from '../meeting-records.contract.ts';
import { FormActions } from './FormActions.tsx';
import { useMeetingChange } from './useMeetings.ts';

function count(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

/** Records a decision on an item: the proposal, the decision's words, the outcome, votes if counted. */
export function DecisionForm({ itemId, onDone }: { itemId: string; onDone: () => void }) {
  const intl = useIntl();
  const form = useContractForm({
    proposal: '',
    proposer: '',
    text: '',
    outcome: 'approved',
    votesFor: '',
    votesAgainst: '',
    votesAbstaining: '',
  });
  const [isCounted, setIsCounted] = useState(false);
  const create = useMeetingChange((body: z.input<typeof DecisionInput>) =>
    callApi(meetingRoutes.createDecision, { params: { id: itemId }, body }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const v = form.values;
    const body = form.validate(DecisionInput, {
      proposals: v.proposal.trim() ? [{ text: v.proposal, proposer: v.proposer }] : [],
      text: v.text,
      outcome: v.outcome,
      votesFor: isCounted ? count(v.votesFor) : null,
      votesAgainst: isCounted ? count(v.votesAgainst) : null,
      votesAbstaining: isCounted ? count(v.votesAbstaining) : null,
    });
    if (body) create.mutate(body, { onSuccess: onDone, onError: (e) => form.showServerErrors(e) });
  }
  const votes = (['votesFor', 'votesAgainst', 'votesAbstaining'] as const).map((name) => (
    <NumberInput
      key={name}
      label={intl.formatMessage({ id: `meetings.decision.${name}` })}
      value={form.values[name]}
      onChange={(value) => form.setValue(name, String(value))}
      error={form.errorFor(name)}
      min={0}
      w={110}
    />
  ));
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {create.isError && !form.handlesError(create.error) && <ErrorAlert error={create.error} />}
        <Textarea
          {...form.field('proposal')}
          label={intl.formatMessage({ id: 'meetings.decision.proposal' })}
          autosize
          minRows={2}
        />
        <TextInput
          {...form.field('proposer')}
          label={intl.formatMessage({ id: 'meetings.decision.proposer' })}
        />
        <Textarea
          {...form.field('text')}
          label={intl.formatMessage({ id: 'meetings.decision.text' })}
          description={intl.formatMessage({ id: 'meetings.decision.textHint' })}
          autosize
          minRows={2}
          required
        />
        <NativeSelect
          {...form.field('outcome')}
          label={intl.formatMessage({ id: 'meetings.decision.outcome' })}
          data={decisionOutcomes.map((outcome) => ({
            value: outcome,
            label: intl.formatMessage({ id: `meetings.outcome.${outcome}` }),
          }))}
        />
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setIsCounted(!isCounted)}
          style={{ alignSelf: 'flex-start' }}
        >
          <FormattedMessage
            id={isCounted ? 'meetings.decision.notCounted' : 'meetings.decision.counted'}
          />
        </Button>
        {isCounted && <Group gap="sm">{votes}</Group>}
        <FormActions
          label="meetings.decision.save"
          isPending={create.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
