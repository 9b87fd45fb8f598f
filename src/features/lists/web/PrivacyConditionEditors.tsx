import { NativeSelect } from '@mantine/core';
import { useIntl } from 'react-intl';
import { consentPurposes } from '../../../platform/shared/db-values.generated.ts';
import type { Condition } from '../lists.contract.ts';

type ConsentCondition = Extract<Condition, { type: 'consent' }>;
type RetentionCondition = Extract<Condition, { type: 'retention' }>;

/** Who may be contacted for a purpose: members, and contacts whose consent to it is in force. */
export function ConsentEditor({
  condition,
  onChange,
}: {
  condition: ConsentCondition;
  onChange: (next: ConsentCondition) => void;
}) {
  const intl = useIntl();
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'lists.consent.purpose' })}
      description={intl.formatMessage({ id: 'lists.consent.help' })}
      value={condition.purpose}
      onChange={(event) =>
        onChange({
          ...condition,
          purpose: event.currentTarget.value as ConsentCondition['purpose'],
        })
      }
      data={consentPurposes.map((purpose) => ({
        value: purpose,
        label: intl.formatMessage({ id: `privacy.purpose.${purpose}` }),
      }))}
    />
  );
}

/** Contacts the retention rule flags (no consent, no activity for the retention time), or not. */
export function RetentionEditor({
  condition,
  onChange,
}: {
  condition: RetentionCondition;
  onChange: (next: RetentionCondition) => void;
}) {
  const intl = useIntl();
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'lists.retention.label' })}
      description={intl.formatMessage({ id: 'lists.retention.help' })}
      value={String(condition.flagged)}
      onChange={(event) =>
        onChange({ ...condition, flagged: event.currentTarget.value === 'true' })
      }
      data={[
        { value: 'true', label: intl.formatMessage({ id: 'lists.retention.flagged' }) },
        { value: 'false', label: intl.formatMessage({ id: 'lists.retention.notFlagged' }) },
      ]}
    />
  );
}
