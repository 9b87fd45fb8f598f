import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * floating-ui's `useMergeRefs(refs)`, done by Mantine's own hook: what Mantine's ScrollArea
 * imports in the build instead of @floating-ui/react (see vite.config.ts).
 */
export function useMergeRefs<T>(refs: (Ref<T> | undefined)[]): (node: T | null) => void {
  return useMergedRef(...refs);
}
