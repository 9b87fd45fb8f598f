import { FormattedMessage } from 'react-intl';

/** The first focusable element: jumps past the navigation to the page content. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main-content">
      <FormattedMessage id="nav.skipToContent" />
    </a>
  );
}
