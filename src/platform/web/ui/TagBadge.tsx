import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { textColourOn } from './tag-colour.ts';

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
      {...props}
      style={{ backgroundColor: colour, color: textColourOn(colour) }}
    >
      {children}
    </Badge>
  );
}
