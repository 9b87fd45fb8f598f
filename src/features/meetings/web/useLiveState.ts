import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { callApi } from '../../../platform/web/api.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import { meetingKey } from './useMeetings.ts';

/** How often the room's views ask for the meeting's state (the server answers 304 while unchanged). */
export const LIVE_POLL_MS = 2000;

export function liveKey(id: string) {
  return [...meetingKey(id), 'live'] as const;
}

/**
 * The meeting as it is now, asked for every two seconds (also in a background tab: a projector
 * is rarely the focused window). The browser revalidates with the ETag, so an unchanged state
 * costs a 304. `clockOffsetMs` is the server's clock minus this device's, so timers count from
 * the server's start of a turn whatever the phone's clock says.
 */
export function useLiveState(id: string) {
  const live = useQuery({
    queryKey: liveKey(id),
    queryFn: async () => {
      const state = await callApi(meetingRoutes.getLiveState, { params: { id } });
      return { ...state, clockOffsetMs: Date.parse(state.serverNow) - Date.now() };
    },
    refetchInterval: LIVE_POLL_MS,
    refetchIntervalInBackground: true,
  });
  return live;
}

/** Whole seconds since `startedAt` on the server's clock, ticking once a second. */
export function useElapsedSeconds(startedAt: string | null, clockOffsetMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);
  if (!startedAt) return 0;
  return Math.max(0, Math.floor((now + clockOffsetMs - Date.parse(startedAt)) / 1000));
}

/** "2:05"; "-0:10" past the limit. */
export function formatSeconds(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const whole = Math.abs(seconds);
  return `${sign}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
