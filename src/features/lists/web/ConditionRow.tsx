import { CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import type { Condition } from '../lists.contract.ts';
import {
  GenderEditor,
  LocalGroupEditor,
  MembershipEditor,
  MembershipStatusEditor,
  TagEditor,
} from './ChoiceConditionEditors.tsx';
import { conditionKinds, problemMessages } from './condition-kinds.ts';
import { CustomConditionEditor } from './CustomConditionEditor.tsx';
import { conditionProblem, type DraftCondition } from './filter-draft.ts';
import { ParticipationEditor } from './ParticipationEditor.tsx';
import { ConsentEditor, RetentionEditor } from './PrivacyConditionEditors.tsx';
import { BirthYearEditor, DateEditor } from './RangeConditionEditors.tsx';
import { TextConditionEditor } from './TextConditionEditor.tsx';

/** The inputs of one condition, by its kind. A new kind in the contract gets its case here. */
function ConditionEditor({
  condition,
  onChange,
}: {
  condition: Condition;
  onChange: (next: Condition) => void;
}) {
  switch (condition.type) {
    case 'text':
      return <TextConditionEditor condition={condition} onChange={onChange} />;
    case 'membership':
      return <MembershipEditor condition={condition} onChange={onChange} />;
    case 'membershipStatus':
      return <MembershipStatusEditor condition={condition} onChange={onChange} />;
    case 'gender':
      return <GenderEditor condition={condition} onChange={onChange} />;
    case 'localGroup':
      return <LocalGroupEditor condition={condition} onChange={onChange} />;
    case 'tag':
      return <TagEditor condition={condition} onChange={onChange} />;
    case 'date':
      return <DateEditor condition={condition} onChange={onChange} />;
    case 'birthYear':
      return <BirthYearEditor condition={condition} onChange={onChange} />;
    case 'custom':
      return <CustomConditionEditor condition={condition} onChange={onChange} />;
    case 'consent':
      return <ConsentEditor condition={condition} onChange={onChange} />;
    case 'retention':
      return <RetentionEditor condition={condition} onChange={onChange} />;
    case 'participation':
      return <ParticipationEditor condition={condition} onChange={onChange} />;
  }
}

/** One condition: what kind it is, its inputs, a remove button, and what it still lacks. */
export function ConditionRow({
  condition,
  onChange,
  onRemove,
}: {
  condition: DraftCondition;
  onChange: (next: DraftCondition) => void;
  onRemove: () => void;
}) {
  const intl = useIntl();
  const headingId = useId();
  const problemId = useId();
  const kind = intl.formatMessage({ id: conditionKinds[condition.type] });
  const problem = conditionProblem(condition);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      role="group"
      aria-labelledby={headingId}
      aria-describedby={problem ? problemId : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={700} size="sm" id={headingId}>
            {kind}
          </Text>
          <CloseButton
            aria-label={intl.formatMessage({ id: 'lists.removeCondition' }, { kind })}
            onClick={onRemove}
          />
        </Group>
        <ConditionEditor
          condition={condition}
          onChange={(next) => onChange({ ...next, key: condition.key })}
        />
        {problem && (
          <Text size="sm" c="orange.9" id={problemId}>
            {intl.formatMessage({ id: problemMessages[problem] })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
