import { Button, Center, Group, Loader, Text, TextInput } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { EditorSectionProps } from './activity-editor-form.ts';

// Leaflet and the district map load only when the editor shows the map.
const ActivityEditorMap = lazy(async () => ({
  default: (await import('./ActivityEditorMap.tsx')).ActivityEditorMap,
}));

/** The address as people read it, and a point picked on a map of the election districts. */
export function ActivityEditorPlace({ values, set, errorFor }: EditorSectionProps) {
  const intl = useIntl();
  const point =
    values.latitude !== null && values.longitude !== null
      ? { latitude: values.latitude, longitude: values.longitude }
      : null;
  const pointError = errorFor('longitude') ?? errorFor('latitude');
  return (
    <>
      <TextInput
        label={intl.formatMessage({ id: 'activities.field.place' })}
        description={intl.formatMessage({ id: 'activities.editor.placeHint' })}
        value={values.place}
        onChange={(event) => set({ place: event.currentTarget.value })}
        error={errorFor('place')}
        maxLength={300}
      />
      <Suspense
        fallback={
          <Center className="activity-map">
            <Loader size="sm" />
          </Center>
        }
      >
        <ActivityEditorMap
          point={point}
          onPick={(picked) => set({ latitude: picked.latitude, longitude: picked.longitude })}
        />
      </Suspense>
      <Group gap="sm" justify="space-between">
        <Text size="sm" aria-live="polite" c={pointError ? 'red.9' : undefined}>
          {pointError ??
            (point ? (
              <FormattedMessage
                id="activities.editor.point"
                values={{
                  latitude: point.latitude.toFixed(5),
                  longitude: point.longitude.toFixed(5),
                }}
              />
            ) : (
              <FormattedMessage id="activities.editor.noPoint" />
            ))}
        </Text>
        {point && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => set({ latitude: null, longitude: null })}
          >
            <FormattedMessage id="activities.editor.removePoint" />
          </Button>
        )}
      </Group>
    </>
  );
}
