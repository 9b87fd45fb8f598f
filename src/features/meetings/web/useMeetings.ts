import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../platform/web/api.ts';
import { meetingRoutes } from '../meetings.contract.ts';

// The meetings' queries. Every key starts with 'meetings', so a change refreshes every view of
// a meeting (the planning page, the room, the minutes) at once.

export const meetingsKey = ['meetings'] as const;

export function meetingKey(id: string) {
  return [...meetingsKey, id] as const;
}

export function useMeetingList(query: { from?: string; to?: string } = {}) {
  return useQuery({
    queryKey: [...meetingsKey, 'list', query],
    queryFn: () => callApi(meetingRoutes.listMeetings, { query }),
  });
}

export function useMeeting(id: string, enabled = true) {
  return useQuery({
    queryKey: meetingKey(id),
    queryFn: () => callApi(meetingRoutes.getMeeting, { params: { id } }),
    enabled,
  });
}

export function useTopicProposals(id: string) {
  return useQuery({
    queryKey: [...meetingKey(id), 'proposals'],
    queryFn: () => callApi(meetingRoutes.listTopicProposals, { params: { id } }),
  });
}

export function useAttendance(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...meetingKey(id), 'attendance'],
    queryFn: () => callApi(meetingRoutes.listAttendance, { params: { id } }),
    enabled,
  });
}

/** The statistics; `live` polls them while the meeting goes on. */
export function useSpeakingStatistics(id: string, live = false) {
  return useQuery({
    queryKey: [...meetingKey(id), 'statistics'],
    queryFn: () => callApi(meetingRoutes.getSpeakingStatistics, { params: { id } }),
    refetchInterval: live ? 5000 : false,
  });
}

export function useMinutes(id: string) {
  return useQuery({
    queryKey: [...meetingKey(id), 'minutes'],
    queryFn: () => callApi(meetingRoutes.getMinutes, { params: { id } }),
  });
}

export function useFollowUp(id: string, enabled = true) {
  return useQuery({
    queryKey: [...meetingKey(id), 'follow-up'],
    queryFn: () => callApi(meetingRoutes.getFollowUp, { params: { id } }),
    enabled,
  });
}

export function useTasks(query: { meetingId?: string; mine?: 'true' | 'false' } = {}) {
  return useQuery({
    queryKey: [...meetingsKey, 'tasks', query],
    queryFn: () => callApi(meetingRoutes.listTasks, { query }),
  });
}

export function useBoardRoles() {
  return useQuery({
    queryKey: ['board-roles'],
    queryFn: () => callApi(meetingRoutes.listBoardRoles),
  });
}

/**
 * A change to a meeting: runs `call`, then refreshes everything about meetings (and the board's
 * roles). Errors are left to the caller to show.
 */
export function useMeetingChange<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingsKey }),
        queryClient.invalidateQueries({ queryKey: ['board-roles'] }),
      ]);
    },
  });
}
