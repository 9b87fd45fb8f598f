import { Stack } from '@mantine/core';
import { FilterGroupEditor } from './FilterGroupEditor.tsx';
import { toFilter, type DraftGroup } from './filter-draft.ts';
import { LiveCount } from './LiveCount.tsx';

/** The whole filter: its conditions and groups, with a live count of who matches. */
export function FilterBuilder({
  draft,
  onChange,
}: {
  draft: DraftGroup;
  onChange: (next: DraftGroup) => void;
}) {
  const { filter, incomplete } = toFilter(draft);
  return (
    <Stack gap="sm">
      <LiveCount filter={filter} incomplete={incomplete} />
      <FilterGroupEditor group={draft} depth={0} onChange={onChange} />
    </Stack>
  );
}
