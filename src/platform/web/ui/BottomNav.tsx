import { NavLink } from 'react-router';
import { FormattedMessage, useIntl } from 'react-intl';
import { splitForBottomBar, type NavItem } from './navigation.ts';
import { NavIcon } from './NavIcon.tsx';
import { useShell } from './shell.tsx';

const more: NavItem = { to: '/more', label: 'nav.more', icon: 'more' };

/** The phone's main navigation, in reach of the thumb: the first few main links, then "Mer". */
export function BottomNav() {
  const intl = useIntl();
  const items = [...splitForBottomBar(useShell().navigation).bar, more];
  return (
    <nav className="bottom-nav" aria-label={intl.formatMessage({ id: 'nav.main' })}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="bottom-nav-link">
              {item.icon && <NavIcon icon={item.icon} />}
              <span>
                <FormattedMessage id={item.label} />
              </span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
