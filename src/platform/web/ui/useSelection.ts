import { useState } from 'react';

export interface Selection {
  ids: string[];
  has: (id: string) => boolean;
  toggle: (id: string) => void;
  /** Selects all of `ids`, or unselects them when all already are. */
  toggleAll: (ids: string[]) => void;
  clear: () => void;
}

/** Chosen rows, kept across pages so a bulk action can span several. */
export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  return {
    ids: [...selected],
    has: (id) => selected.has(id),
    toggle: (id) =>
      setSelected((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    toggleAll: (ids) =>
      setSelected((current) => {
        const next = new Set(current);
        const allSelected = ids.every((id) => next.has(id));
        for (const id of ids) {
          if (allSelected) next.delete(id);
          else next.add(id);
        }
        return next;
      }),
    clear: () => setSelected(new Set()),
  };
}
