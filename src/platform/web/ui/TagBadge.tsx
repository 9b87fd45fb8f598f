import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { textColourOn } from './tag-colour.ts';

// A badge cuts its label at one line ("Valstu…"); a tag's name is read whole, on more lines if
// it must.
const wholeName = {
  root: { height: 'auto', maxWidth: '100%', paddingBlock: 1 },
  label: {
    whiteSpace: 'normal',
    overflow: 'visible',
    textOverflow: 'clip',
    overflowWrap: 'anywhere',
  },
} as const;

/** A tag in its own colour, with black or white text, whichever contrasts more. */
export function TagBadge({
  colour,
  children,
  ...props
}: { colour: string; children: ReactNode } & Omit<BadgeProps, 'color' | 'children'>) {
  return (
    <Badge
      variant="filled"
      tt="none"
      radius="sm"
      styles={wholeName}
      {...props}
      style={{ backgroundColor: colour, color: textColourOn(colour) }}
    >
      {children}
    </Badge>
  );
}
