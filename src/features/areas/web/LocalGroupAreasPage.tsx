import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { AreasTabs } from './AreasTabs.tsx';
import type { DistrictStyle } from './DistrictMap.tsx';
import { LazyDistrictMap } from './LazyDistrictMap.tsx';
import { MapLegend, SourceLine } from './MapLegend.tsx';
import { SortableTable } from './SortableTable.tsx';
import { useLocalGroupDistricts, useSetLocalGroupDistricts } from './useAreas.ts';
import { useMapBase } from './useMapBase.ts';

const GROUP_COLOUR = '#1971c2';
const OTHER_COLOUR = '#adb5bd';
const FREE_COLOUR = '#ffffff';

/** "Lokalgruppers områden": give each local group its districts, on the map or in the list. */
export function LocalGroupAreasPage() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const base = useMapBase();
  const groups = useLocalGroupDistricts();
  const save = useSetLocalGroupDistricts();
  const [groupId, setGroupId] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, readonly string[]>>({});
  const items = useMemo(() => groups.data?.items ?? [], [groups.data]);
  const group = items.find((g) => g.localGroupId === groupId) ?? items[0];
  const picked = useMemo(
    () => new Set(group ? (edits[group.localGroupId] ?? group.districtCodes) : []),
    [group, edits],
  );
  const ownerOf = useMemo(() => {
    const owners = new Map<string, string>();
    for (const g of items)
      if (g.localGroupId !== group?.localGroupId)
        for (const code of g.districtCodes) owners.set(code, g.name);
    return owners;
  }, [items, group]);

  const toggle = useCallback(
    (code: string) => {
      if (!group) return;
      const next = new Set(picked);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      setEdits((all) => ({ ...all, [group.localGroupId]: [...next] }));
    },
    [group, picked],
  );
  const styleOf = useCallback(
    (code: string): DistrictStyle =>
      picked.has(code)
        ? { fillColor: GROUP_COLOUR, fillOpacity: 0.6, color: '#0b3d6e', weight: 2 }
        : ownerOf.has(code)
          ? { fillColor: OTHER_COLOUR, fillOpacity: 0.5 }
          : { fillColor: FREE_COLOUR, fillOpacity: 0.2 },
    [picked, ownerOf],
  );
  const tooltipOf = useCallback(
    (code: string, name: string) => {
      const owner = picked.has(code) ? group?.name : ownerOf.get(code);
      return owner ? `${name} (${owner})` : name;
    },
    [picked, ownerOf, group],
  );

  const title = t('areas.groups.title');
  if (base.isLoading || groups.isLoading) return <PageLoader />;
  const error = base.error ?? groups.error;
  if (error) return <ErrorAlert error={error} />;
  const rows = (base.election?.districts ?? []).map((d) => ({
    code: d.code,
    name: d.name,
    owner: picked.has(d.code) ? (group?.name ?? '') : (ownerOf.get(d.code) ?? ''),
  }));
  return (
    <Stack>
      <PageTitle>{title}</PageTitle>
      <AreasTabs />
      {!base.election || !group ? (
        <Alert variant="light">
          <FormattedMessage id={group ? 'areas.map.noElection' : 'areas.groups.none'} />
        </Alert>
      ) : (
        <>
          <Group align="end">
            <NativeSelect
              label={t('areas.groups.group')}
              value={group.localGroupId}
              onChange={(event) => setGroupId(event.currentTarget.value)}
              data={items.map((g) => ({
                value: g.localGroupId,
                label: `${g.name} (${(edits[g.localGroupId] ?? g.districtCodes).length})`,
              }))}
            />
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  { id: group.localGroupId, districtCodes: [...picked] },
                  {
                    onSuccess: () => setEdits(({ [group.localGroupId]: _, ...rest }) => rest),
                  },
                )
              }
            >
              <FormattedMessage id="areas.groups.save" values={{ name: group.name }} />
            </Button>
          </Group>
          <Text size="sm" aria-live="polite">
            <FormattedMessage
              id="areas.groups.count"
              values={{ name: group.name, count: picked.size }}
            />
          </Text>
          {save.error ? <ErrorAlert error={save.error} /> : null}
          {base.bounds ? (
            <LazyDistrictMap
              electionId={base.election.id}
              bounds={base.bounds}
              tiles={base.tiles}
              label={title}
              styleOf={styleOf}
              tooltipOf={tooltipOf}
              onOpen={toggle}
            />
          ) : null}
          <Text size="xs" c="dimmed">
            <FormattedMessage id="areas.groups.hint" />
          </Text>
          <MapLegend
            title={group.name}
            scale={null}
            format={String}
            marks={[
              { label: t('areas.legend.group'), colour: GROUP_COLOUR },
              { label: t('areas.legend.otherGroup'), colour: OTHER_COLOUR },
            ]}
          />
          <SourceLine />
          <SortableTable
            caption={t('areas.groups.table')}
            rows={rows}
            columns={[
              { key: 'name', label: t('areas.table.district'), sortValue: (row) => row.name },
              { key: 'code', label: t('areas.groups.code'), sortValue: (row) => row.code },
              {
                key: 'owner',
                label: t('areas.groups.owner'),
                sortValue: (row) => row.owner || null,
              },
            ]}
            initialSort={{ key: 'name', direction: 'ascending' }}
            selected={picked}
            onToggle={toggle}
          />
          <SourceLine />
        </>
      )}
    </Stack>
  );
}
