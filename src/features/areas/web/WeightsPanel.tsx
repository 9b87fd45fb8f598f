import '@mantine/core/styles/Slider.css';
import { Button, Card, SimpleGrid, Slider, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { RankingWeights } from '../areas.contract.ts';
import { criteria } from '../priority-score.ts';

/** The ranking's weights on sliders (0–10); the map and table follow as they move. */
export function WeightsPanel({
  weights,
  party,
  onChange,
  onSave,
  isSaving,
}: {
  weights: RankingWeights;
  party: string;
  onChange: (weights: RankingWeights) => void;
  onSave?: () => void;
  isSaving?: boolean;
}) {
  const intl = useIntl();
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          <FormattedMessage id="areas.weights.title" />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="areas.weights.help" />
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {criteria.map((criterion) => {
            const label = intl.formatMessage({ id: `areas.weights.${criterion}` }, { party });
            return (
              <Stack key={criterion} gap={2}>
                <Text size="sm" id={`weight-${criterion}`}>
                  {label}: {weights[criterion]}
                </Text>
                <Slider
                  min={0}
                  max={10}
                  step={1}
                  value={weights[criterion]}
                  onChange={(value) => onChange({ ...weights, [criterion]: value })}
                  thumbLabel={label}
                  label={null}
                />
              </Stack>
            );
          })}
        </SimpleGrid>
        {onSave ? (
          <Button variant="light" onClick={onSave} loading={isSaving} w="fit-content">
            <FormattedMessage id="areas.weights.save" />
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}
