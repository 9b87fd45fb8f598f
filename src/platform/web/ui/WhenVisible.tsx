import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children (usually a lazy component) once their place scrolls near the screen, so
 * a phone's first load fetches only what is on the first screen. Without IntersectionObserver
 * (old browsers, tests) it renders at once.
 */
export function WhenVisible({
  children,
  minHeight = 120,
}: {
  children: ReactNode;
  minHeight?: number;
}) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [isVisible, setIsVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (isVisible || !placeholder.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsVisible(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(placeholder.current);
    return () => observer.disconnect();
  }, [isVisible]);
  if (!isVisible) return <div ref={placeholder} style={{ minHeight }} aria-hidden="true" />;
  return <Suspense fallback={<div style={{ minHeight }} />}>{children}</Suspense>;
}
