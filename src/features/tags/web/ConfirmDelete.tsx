import { useQueryClient } from '@tanstack/react-query';
import { ConfirmDelete as ConfirmDeleteButton } from '../../../platform/web/ui/ConfirmDelete.tsx';
import { peopleQueryKey, tagsQueryKey } from './useTags.ts';

/** Deleting a tag or tag group: asks first, then refreshes the tags and, lazily, people. */
export function ConfirmDelete(props: {
  title: string;
  text: string;
  buttonLabel: string;
  onDelete: () => Promise<unknown>;
}) {
  const queryClient = useQueryClient();
  return (
    <ConfirmDeleteButton
      {...props}
      onDeleted={async () => {
        await queryClient.invalidateQueries({ queryKey: tagsQueryKey });
        await queryClient.invalidateQueries({ queryKey: peopleQueryKey, refetchType: 'none' });
      }}
    />
  );
}
