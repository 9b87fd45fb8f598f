import { SimpleGrid, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { Slot } from '../../../../platform/web/ui/slots.tsx';
import { WhenVisible } from '../../../../platform/web/ui/WhenVisible.tsx';
import { useCurrentSession } from '../../../../platform/web/ui/useSession.ts';
import { MyGroupsCard } from './MyGroupsCard.tsx';
import { ProfileCard } from './ProfileCard.tsx';
import { SessionActions } from './SessionActions.tsx';
import { useMyPage } from './useMyPage.ts';

/** "Min sida": the first page an activist sees. */
export function MyPage() {
  const intl = useIntl();
  const session = useCurrentSession();
  const myPage = useMyPage();
  const firstName = myPage.data?.profile.firstName ?? session.user.firstName;

  return (
    <Stack gap="lg">
      <PageTitle documentTitle={intl.formatMessage({ id: 'nav.me' })}>
        {intl.formatMessage({ id: 'me.greeting' }, { name: firstName })}
      </PageTitle>
      <Text>
        <FormattedMessage id="me.intro" values={{ organization: session.organization.name }} />
      </Text>
      {/* Other features' sections for the first screen (my sign-ups, my group's next activities). */}
      <Slot name="me:sections" props={{}} />
      {myPage.isPending ? (
        <PageLoader />
      ) : myPage.isError ? (
        <ErrorAlert error={myPage.error} onRetry={() => void myPage.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <MyGroupsCard groups={myPage.data.groups} />
          <ProfileCard profile={myPage.data.profile} />
        </SimpleGrid>
      )}
      {/* Below the first screen on a phone: fetched when scrolled to. */}
      <WhenVisible>
        <Slot name="me:belowFold" props={{}} fallback={<div style={{ minHeight: 120 }} />} />
      </WhenVisible>
      <SessionActions />
    </Stack>
  );
}
