import { Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';

// The first page a visitor sees keeps focus where the browser put it; later pages move focus
// to their heading so screen reader users hear that the page changed.
let isFirstPage = true;

/** The page's one h1; also sets the document title (to `documentTitle` when given). */
export function PageTitle({
  children,
  documentTitle,
}: {
  children: string;
  documentTitle?: string;
}) {
  const intl = useIntl();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const page = documentTitle ?? children;
    document.title = intl.formatMessage({ id: 'app.documentTitle' }, { page });
  }, [children, documentTitle, intl]);

  useEffect(() => {
    if (isFirstPage) {
      isFirstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, []);

  return (
    <Title order={1} ref={ref} tabIndex={-1} className="page-title">
      {children}
    </Title>
  );
}
