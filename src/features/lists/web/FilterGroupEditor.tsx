import { Box, Button, Checkbox, Group, Menu, SegmentedControl, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useCustomFields } from '../../custom-fields/web/useCustomFields.ts';
import { conditionKinds } from './condition-kinds.ts';
import { ConditionRow } from './ConditionRow.tsx';
import {
  maxGroupDepth,
  newCondition,
  newGroup,
  type ConditionType,
  type DraftGroup,
  type DraftNode,
} from './filter-draft.ts';

/**
 * A group of conditions: all of them (AND) or any (OR), optionally excluding those who match
 * (NOT), holding conditions and smaller groups. The top group has depth 0 and no remove button.
 */
export function FilterGroupEditor({
  group,
  depth,
  onChange,
  onRemove,
}: {
  group: DraftGroup;
  depth: number;
  onChange: (next: DraftGroup) => void;
  onRemove?: () => void;
}) {
  const intl = useIntl();
  const hasCustomFields = (useCustomFields().data?.items.length ?? 0) > 0;
  const kinds = (Object.keys(conditionKinds) as ConditionType[]).filter(
    (type) => type !== 'custom' || hasCustomFields,
  );

  const replace = (key: string, next: DraftNode) =>
    onChange({ ...group, items: group.items.map((item) => (item.key === key ? next : item)) });
  const remove = (key: string) =>
    onChange({ ...group, items: group.items.filter((item) => item.key !== key) });
  const add = (item: DraftNode) => onChange({ ...group, items: [...group.items, item] });

  const label = intl.formatMessage({ id: depth === 0 ? 'lists.conditions' : 'lists.group.label' });
  return (
    <Box
      role="group"
      aria-label={label}
      style={
        depth > 0
          ? {
              borderInlineStart: '3px solid var(--mantine-color-gray-4)',
              paddingInlineStart: 'var(--mantine-spacing-sm)',
            }
          : undefined
      }
    >
      <Stack gap="xs">
        <Group gap="sm" align="center" wrap="wrap">
          <Text size="sm" fw={600}>
            <FormattedMessage id="lists.group.match" />
          </Text>
          <SegmentedControl
            size="xs"
            aria-label={intl.formatMessage({ id: 'lists.group.match' })}
            value={group.op}
            onChange={(op) => onChange({ ...group, op: op as DraftGroup['op'] })}
            data={[
              { value: 'and', label: intl.formatMessage({ id: 'lists.group.and' }) },
              { value: 'or', label: intl.formatMessage({ id: 'lists.group.or' }) },
            ]}
          />
          <Checkbox
            size="sm"
            label={intl.formatMessage({ id: 'lists.group.not' })}
            checked={group.not}
            onChange={(event) => onChange({ ...group, not: event.currentTarget.checked })}
          />
          {onRemove && (
            <Button size="xs" variant="subtle" c="red.9" onClick={onRemove} ml="auto">
              <FormattedMessage id="lists.group.remove" />
            </Button>
          )}
        </Group>
        {group.items.length === 0 && (
          <Text size="sm" c={depth === 0 ? 'dimmed' : 'orange.9'}>
            <FormattedMessage id={depth === 0 ? 'lists.group.emptyRoot' : 'lists.group.empty'} />
          </Text>
        )}
        {group.items.map((item, index) => (
          <Fragment key={item.key}>
            {index > 0 && (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" aria-hidden>
                <FormattedMessage
                  id={group.op === 'and' ? 'lists.joiner.and' : 'lists.joiner.or'}
                />
              </Text>
            )}
            {item.type === 'group' ? (
              <FilterGroupEditor
                group={item}
                depth={depth + 1}
                onChange={(next) => replace(item.key, next)}
                onRemove={() => remove(item.key)}
              />
            ) : (
              <ConditionRow
                condition={item}
                onChange={(next) => replace(item.key, next)}
                onRemove={() => remove(item.key)}
              />
            )}
          </Fragment>
        ))}
        <Group gap="xs">
          <Menu position="bottom-start">
            <Menu.Target>
              <Button size="xs" variant="light">
                <FormattedMessage id="lists.addCondition" />
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {kinds.map((type) => (
                <Menu.Item key={type} onClick={() => add(newCondition(type))}>
                  {intl.formatMessage({ id: conditionKinds[type] })}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          {depth < maxGroupDepth && (
            <Button size="xs" variant="subtle" onClick={() => add(newGroup('or'))}>
              <FormattedMessage id="lists.addGroup" />
            </Button>
          )}
        </Group>
      </Stack>
    </Box>
  );
}
