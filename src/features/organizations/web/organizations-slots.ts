/** A local group's page, below its details: whose group it is. */
export interface LocalGroupSlotProps {
  groupId: string;
  name: string;
}

declare module '../../../platform/web/ui/slots.tsx' {
  interface Slots {
    /** A local group's page, after its details and before its members. */
    'local-group:sections': LocalGroupSlotProps;
    /** The committees page (the association's board and groups), below the committees. */
    'committees:sections': Record<string, never>;
  }
}
