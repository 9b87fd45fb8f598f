import { useEffect, useRef, useState } from 'react';

/**
 * Open/closed state of an inline form opened by a button. The form focuses its first field
 * itself (autoFocus); on closing, focus returns to the button so keyboard users keep their place.
 */
export function useEditToggle() {
  const [isOpen, setIsOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (!isOpen && wasOpen.current) triggerRef.current?.focus();
    wasOpen.current = isOpen;
  }, [isOpen]);

  return { isOpen, open: () => setIsOpen(true), close: () => setIsOpen(false), triggerRef };
}
