import { Anchor, Button, Card, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { Id } from '../../../platform/shared/atoms.ts';
import { ApiError } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { NotFoundPage } from '../../../platform/web/ui/NotFoundPage.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { useEditToggle } from '../../../platform/web/ui/useEditToggle.ts';
import { useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import { EditGroupForm } from './EditGroupForm.tsx';
import { canSeeGroupMembers, groupEditScope } from './group-permissions.ts';
import { GroupMembers } from './GroupMembers.tsx';
import { Slot } from '../../../platform/web/ui/slots.tsx';
import { useLocalGroup } from './useLocalGroups.ts';

export function GroupPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const session = useCurrentSession();
  // A mistyped address is "not found", not a validation error.
  const isWellFormed = Id.safeParse(id).success;
  const group = useLocalGroup(id, isWellFormed);
  const edit = useEditToggle();
  const editScope = groupEditScope(session, id);

  const back = (
    <Anchor component={Link} to="/groups" size="sm">
      <FormattedMessage id="group.back" />
    </Anchor>
  );
  // A mistyped address and a deleted group both get a page that says so, with no retry.
  const isNotFound =
    !isWellFormed || (group.error instanceof ApiError && group.error.code === 'not_found');
  if (isNotFound) {
    return (
      <NotFoundPage
        title="group.notFound.title"
        text="group.notFound.text"
        linkTo="/groups"
        linkLabel="group.notFound.back"
      />
    );
  }
  if (group.isPending) return <PageLoader />;
  if (group.isError) {
    return (
      <Stack gap="md">
        {back}
        <PageTitle>{intl.formatMessage({ id: 'error.pageTitle' })}</PageTitle>
        <ErrorAlert error={group.error} onRetry={() => void group.refetch()} />
      </Stack>
    );
  }

  const { name, areaDescription, coordinator, memberCount } = group.data;
  return (
    <Stack gap="lg">
      {back}
      <PageTitle>{name}</PageTitle>
      <Card withBorder>
        <Stack gap="xs">
          <Text className="pre-line">
            {areaDescription || intl.formatMessage({ id: 'group.noDescription' })}
          </Text>
          <Text size="sm" c="dimmed">
            {coordinator ? (
              <FormattedMessage
                id="groups.coordinator"
                values={{ name: `${coordinator.firstName} ${coordinator.lastName}` }}
              />
            ) : (
              <FormattedMessage id="groups.noCoordinator" />
            )}
            {' · '}
            <FormattedMessage id="groups.memberCount" values={{ count: memberCount }} />
          </Text>
          {editScope && !edit.isOpen && (
            <Button
              variant="light"
              size="sm"
              ref={edit.triggerRef}
              onClick={edit.open}
              style={{ alignSelf: 'flex-start' }}
            >
              <FormattedMessage id="group.edit" />
            </Button>
          )}
        </Stack>
      </Card>
      {editScope && edit.isOpen && (
        <EditGroupForm group={group.data} scope={editScope} onDone={edit.close} />
      )}
      <Slot name="local-group:sections" props={{ groupId: id, name }} />
      {canSeeGroupMembers(session, id) && (
        <GroupMembers groupId={id} coordinatorId={coordinator?.id ?? null} />
      )}
    </Stack>
  );
}
