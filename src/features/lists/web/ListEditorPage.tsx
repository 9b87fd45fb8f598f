import { Stack } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { ListForm } from './ListForm.tsx';
import { useList } from './useLists.ts';

/** /lists/new and /lists/:id/edit: the list's name, sharing and filter, with a live count. */
export function ListEditorPage() {
  const { id } = useParams();
  return id ? <EditList id={id} /> : <NewList />;
}

function NewList() {
  const intl = useIntl();
  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'lists.newTitle' })}</PageTitle>
      <ListForm />
    </Stack>
  );
}

function EditList({ id }: { id: string }) {
  const intl = useIntl();
  const list = useList(id);
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Stack gap="lg">
      <PageTitle>
        {intl.formatMessage({ id: 'lists.editTitle' }, { name: list.data.name })}
      </PageTitle>
      {/* Keyed: the form starts from the list as loaded, not as it was on a previous visit. */}
      <ListForm key={list.data.id} list={list.data} />
    </Stack>
  );
}
