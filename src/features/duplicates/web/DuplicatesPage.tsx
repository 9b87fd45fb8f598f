import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import type { Person } from '../../people/register/people.contract.ts';
import { DuplicatePairCard } from './DuplicatePairCard.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { fullName } from './person-name.ts';
import { useDuplicatePairs, type DuplicatePairData } from './useDuplicates.ts';

/**
 * "Möjliga dubbletter": people who share an e-mail, a phone number or a name and postcode, to be
 * merged or marked as different people; `?person=<id>` narrows it to one person's.
 */
export function DuplicatesPage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const personId = params.get('person');
  const pairs = useDuplicatePairs(personId);
  const [merging, setMerging] = useState<DuplicatePairData | null>(null);
  const [merged, setMerged] = useState<Person | null>(null);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/people" size="sm">
        <FormattedMessage id="duplicates.back" />
      </Anchor>
      <PageTitle>{intl.formatMessage({ id: 'duplicates.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="duplicates.intro" />
      </Text>
      {personId && (
        <Text size="sm">
          <FormattedMessage id="duplicates.onePerson" />{' '}
          <Anchor component={Link} to="/people/duplicates">
            <FormattedMessage id="duplicates.showAll" />
          </Anchor>
        </Text>
      )}
      {merged && (
        <Alert color="green" variant="light" role="status">
          <FormattedMessage
            id="duplicates.merged"
            values={{
              link: (
                <Anchor component={Link} to={`/people/${merged.id}`}>
                  {fullName(merged)}
                </Anchor>
              ),
            }}
          />
        </Alert>
      )}
      {pairs.isPending && <PageLoader />}
      {pairs.isError && <ErrorAlert error={pairs.error} onRetry={() => void pairs.refetch()} />}
      {pairs.data?.items.length === 0 && (
        <Text c="dimmed">
          <FormattedMessage id="duplicates.none" />
        </Text>
      )}
      {pairs.data?.items.map((pair) => (
        <DuplicatePairCard
          key={`${pair.first.id}-${pair.second.id}`}
          pair={pair}
          onMerge={() => {
            setMerged(null);
            setMerging(pair);
          }}
        />
      ))}
      {merging && (
        <MergeDialog
          pair={merging}
          onClose={() => setMerging(null)}
          onMerged={(person) => {
            setMerging(null);
            setMerged(person);
          }}
        />
      )}
    </Stack>
  );
}
