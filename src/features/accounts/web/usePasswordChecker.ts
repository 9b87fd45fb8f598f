import { useQuery } from '@tanstack/react-query';
import { loadPasswordChecker } from './password-strength.ts';

/** Starts fetching the meter's list and estimator once a page that sets a password opens. */
export function usePasswordChecker() {
  const query = useQuery({
    queryKey: ['password-checker'],
    queryFn: loadPasswordChecker,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return { checker: query.data, hasFailed: query.isError };
}
