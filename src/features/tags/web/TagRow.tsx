import { Button, Group, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { useEditToggle } from '../../../platform/web/ui/useEditToggle.ts';
import { tagRoutes, type Tag } from '../tags.contract.ts';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { TagBadge } from '../../../platform/web/ui/TagBadge.tsx';
import { TagForm } from './TagForm.tsx';

/** One tag: how many carry it, and ways to change or delete it. */
export function TagRow({
  tag,
  groups,
}: {
  tag: z.output<typeof Tag>;
  groups: { id: string; name: string }[];
}) {
  const intl = useIntl();
  const edit = useEditToggle();
  if (edit.isOpen) {
    return (
      <li className="tag-row">
        <TagForm tag={tag} groups={groups} onDone={edit.close} formId={`tag-${tag.id}`} />
      </li>
    );
  }
  return (
    <li className="tag-row">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="sm">
          <TagBadge colour={tag.colour} size="lg">
            {tag.name}
          </TagBadge>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="tags.personCount" values={{ count: tag.personCount }} />
          </Text>
        </Group>
        <Group gap={4}>
          <Button
            size="xs"
            variant="subtle"
            ref={edit.triggerRef}
            onClick={edit.open}
            aria-label={intl.formatMessage({ id: 'tags.editNamed' }, { name: tag.name })}
          >
            <FormattedMessage id="tags.edit" />
          </Button>
          <ConfirmDelete
            buttonLabel={intl.formatMessage({ id: 'tags.deleteNamed' }, { name: tag.name })}
            title={intl.formatMessage({ id: 'tags.confirmDelete' }, { name: tag.name })}
            text={intl.formatMessage({ id: 'tags.confirmDeleteText' }, { count: tag.personCount })}
            onDelete={() => callApi(tagRoutes.deleteTag, { params: { id: tag.id } })}
          />
        </Group>
      </Group>
    </li>
  );
}
