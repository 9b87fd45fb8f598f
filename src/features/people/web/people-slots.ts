import type { Person } from '../register/people.contract.ts';

/** The person page's sections: whose record it is. */
export interface PersonSlotProps {
  personId: string;
  /** First and last name, as the page's title shows them. */
  name: string;
}

/** Right after someone was added, before going on to their page. */
export interface PersonCreatedSlotProps {
  person: Person;
  /** Go on to the new person's page; a contribution calls it when it has nothing to ask. */
  goOn: () => void;
}

declare module '../../../platform/web/ui/slots.tsx' {
  interface Slots {
    /** "Min sida", right after the greeting: the first screen of an activist's phone. */
    'me:sections': Record<string, never>;
    /** "Min sida", below the first screen: loaded when scrolled to. */
    'me:belowFold': Record<string, never>;
    /** A person's record, after the details and tags. */
    'person:sections': PersonSlotProps;
    /** A person's record, at the end: what happens to the whole record. */
    'person:dangerZone': PersonSlotProps;
    /** The new-person page, after saving; no contribution means straight to the person. */
    'person:created': PersonCreatedSlotProps;
  }
}
