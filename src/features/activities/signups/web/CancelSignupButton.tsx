import { Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { FormattedMessage } from 'react-intl';

// The dialog (and Mantine's Modal) is fetched when asked for, not with Min sida.
const CancelSignupDialog = lazy(() =>
  import('./CancelSignupDialog.tsx').then((m) => ({ default: m.CancelSignupDialog })),
);

/**
 * "Avanmäl", asking first: a place given up on a full shift goes to the waiting list and may not
 * come back, so one stray tap must not cost it.
 */
export function CancelSignupButton({
  onConfirm,
  isPending,
  disabled,
  isConfirmed,
  size,
  describedBy,
}: {
  onConfirm: () => void;
  isPending: boolean;
  disabled?: boolean;
  /** A confirmed place (not a place on the waiting list). */
  isConfirmed: boolean;
  size?: 'xs' | 'sm';
  describedBy?: string;
}) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button
        size={size}
        variant="default"
        onClick={() => setIsOpen(true)}
        loading={isPending}
        disabled={disabled}
        aria-describedby={describedBy}
      >
        <FormattedMessage id="signup.cancel" />
      </Button>
      {isOpen && (
        <Suspense fallback={null}>
          <CancelSignupDialog
            isConfirmed={isConfirmed}
            onClose={() => setIsOpen(false)}
            onConfirm={() => {
              setIsOpen(false);
              onConfirm();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
