import { Anchor, Stack } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { emptyValues, valuesOf } from '../../schedule/web/activity-editor-form.ts';
import { ActivityEditorCancel } from '../../schedule/web/ActivityEditorCancel.tsx';
import { ActivityEditorForm } from './ActivityEditorForm.tsx';
import { useActivity } from '../../schedule/web/useActivities.ts';
import '../../schedule/web/calendar.css';

const forbidden = new ApiError(403, 'forbidden', null);

function EditActivity({ id }: { id: string }) {
  const intl = useIntl();
  const activity = useActivity(id);
  if (activity.isPending) return <PageLoader />;
  if (activity.isError)
    return <ErrorAlert error={activity.error} onRetry={() => void activity.refetch()} />;
  const data = activity.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/activities/${id}/manage`} size="sm">
        <FormattedMessage id="activities.backToActivity" />
      </Anchor>
      <PageTitle>
        {intl.formatMessage({ id: 'activities.editor.editTitle' }, { title: data.title })}
      </PageTitle>
      {!data.canManage ? (
        <ErrorAlert error={forbidden} />
      ) : (
        <>
          <ActivityEditorForm activity={data} initial={valuesOf(data)} />
          {!data.cancelledAt && <ActivityEditorCancel activity={data} />}
        </>
      )}
    </Stack>
  );
}

/** "Ny aktivitet" (/activities/new, optionally ?date=) and the editor of one (/activities/:id/edit). */
export function ActivityEditorPage() {
  const intl = useIntl();
  const { id } = useParams();
  const [params] = useSearchParams();
  if (id) return <EditActivity id={id} />;
  const date = params.get('date');
  const initial = emptyValues(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/activities" size="sm">
        <FormattedMessage id="activities.backToCalendar" />
      </Anchor>
      <PageTitle>{intl.formatMessage({ id: 'activities.editor.newTitle' })}</PageTitle>
      <ActivityEditorForm initial={initial} />
    </Stack>
  );
}
