import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { sessionRoutes } from '../../shared/session.contract.ts';
import { callApi } from '../api.ts';
import { sessionQueryKey } from './useSession.ts';

/** Logs out this session, or every session of the account, and forgets all cached data. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (everywhere: boolean) =>
      everywhere ? callApi(sessionRoutes.logoutEverywhere) : callApi(sessionRoutes.logout),
    onSuccess: async () => {
      queryClient.setQueryData(sessionQueryKey, null);
      await navigate('/login', { replace: true });
      // Nothing of the previous account may linger for the next person on a shared phone.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    },
  });
}
