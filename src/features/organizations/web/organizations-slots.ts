/** What an association's public page hands the sections other features place into it. */
export interface PublicOrganizationSlotProps {
  slug: string;
}

declare module '../../../platform/web/ui/slots.tsx' {
  interface Slots {
    /** `/o/:slug`, between the association's name and its local groups (the kalendarium). */
    'organization:public': PublicOrganizationSlotProps;
  }
}
