import { Group } from '@mantine/core';
import { TagBadge } from '../../../../platform/web/ui/TagBadge.tsx';

export function PersonTagList({ tags }: { tags: { id: string; name: string; colour: string }[] }) {
  if (tags.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      {tags.map((tag) => (
        <TagBadge key={tag.id} colour={tag.colour} size="sm">
          {tag.name}
        </TagBadge>
      ))}
    </Group>
  );
}
