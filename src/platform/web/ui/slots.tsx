import {
  createContext,
  lazy,
  Suspense,
  useContext,
  type ComponentType,
  type ReactNode,
} from 'react';
import type { Role } from '../../shared/atoms.ts';
import { PageLoader } from './PageLoader.tsx';
import { SectionErrorBoundary } from './SectionErrorBoundary.tsx';
import { hasRole, useSession } from './useSession.ts';

/**
 * The named places where a page shows what other features contribute, with the props each
 * place hands them. Named `page:place`, so a name never reads as a message id. The feature
 * that owns the page declares its slots by augmenting this interface from its own code:
 *
 *   declare module '../../../platform/web/ui/slots.tsx' {
 *     interface Slots { 'person:sections': { personId: string } }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Slots {}

export type SlotName = keyof Slots;

/** Loads a component lazily, so a contribution costs nothing until its slot shows. */
export type ComponentLoader<P> = () => Promise<ComponentType<P>>;

/** What a module places into one slot; the component takes the slot's props. */
export type SlotContribution = {
  [N in SlotName]: {
    slot: N;
    load: ComponentLoader<Slots[N]>;
    /** The least role that sees it; everyone when left out (the public included). */
    role?: Role;
  };
}[SlotName];

interface SlotEntry {
  component: ComponentType<object>;
  role?: Role;
}

/** Every slot's contributions, in module order, each a lazy component made once. */
export type SlotTable = ReadonlyMap<SlotName, readonly SlotEntry[]>;

export function slotTable(contributions: readonly SlotContribution[]): SlotTable {
  const table = new Map<SlotName, SlotEntry[]>();
  for (const { slot, load, role } of contributions) {
    const component = lazy(async () => ({
      default: await (load as unknown as ComponentLoader<object>)(),
    }));
    table.set(slot, [...(table.get(slot) ?? []), { component, role }]);
  }
  return table;
}

const SlotContext = createContext<SlotTable>(new Map());

/** The app's slot table; provided once by the app. */
export const SlotProvider = SlotContext.Provider;

/** The contributions to `name` that the current visitor may see. */
export function useSlotContributions(name: SlotName): readonly SlotEntry[] {
  const entries = useContext(SlotContext).get(name) ?? [];
  const session = useSession().data;
  return entries.filter((entry) => !entry.role || (session && hasRole(session, entry.role)));
}

/**
 * Shows what the app's modules contribute to `name`, in module order, each waiting for its
 * own code, and failing on its own, without blanking the page around it. Nothing at all when there is no contribution.
 */
export function Slot<N extends SlotName>({
  name,
  props,
  fallback = <PageLoader />,
}: {
  name: N;
  props: Slots[N];
  fallback?: ReactNode;
}) {
  const entries = useSlotContributions(name);
  return entries.map((entry, index) => {
    const Component = entry.component as ComponentType<Slots[N]>;
    return (
      <SectionErrorBoundary key={index}>
        <Suspense fallback={fallback}>
          <Component {...props} />
        </Suspense>
      </SectionErrorBoundary>
    );
  });
}
