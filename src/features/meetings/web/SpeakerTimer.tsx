import { Text, type MantineSize } from '@mantine/core';
import { useIntl } from 'react-intl';
import { formatSeconds, useElapsedSeconds } from './useLiveState.ts';

/**
 * The running turn's clock: time left when the turn has a limit (red once it is passed), time
 * spoken otherwise. Counts on the server's clock.
 */
export function SpeakerTimer({
  startedAt,
  limitSeconds,
  clockOffsetMs,
  size = 'xl',
  className,
}: {
  startedAt: string | null;
  limitSeconds: number | null;
  clockOffsetMs: number;
  size?: MantineSize;
  className?: string;
}) {
  const intl = useIntl();
  const elapsed = useElapsedSeconds(startedAt, clockOffsetMs);
  const left = limitSeconds === null ? null : limitSeconds - elapsed;
  const isOver = left !== null && left < 0;
  const shown = left === null ? formatSeconds(elapsed) : formatSeconds(left);
  const label = intl.formatMessage(
    { id: left === null ? 'meetings.timer.spoken' : 'meetings.timer.left' },
    { time: shown },
  );
  return (
    <Text
      size={size}
      fw={700}
      c={isOver ? 'red.8' : undefined}
      className={className}
      aria-label={label}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {shown}
    </Text>
  );
}
