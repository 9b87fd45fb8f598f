// Small inline icons so the navigation needs no icon library.
const paths = {
  me: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0',
  groups:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6 9a6 6 0 0 1 12 0M16 4.5a3.5 3.5 0 0 1 0 6.5M18 14.5a6 6 0 0 1 3 5.5',
  committees: 'M4 20h16M6 20V10m4 10V10m4 10V10m4 10V10M3 10l9-6 9 6H3Z',
  more: 'M4 6h16M4 12h16M4 18h16',
  activities: 'M4 6h16v14H4V6Zm0 5h16M8 3v5m8-5v5',
} as const;

export type NavIconName = keyof typeof paths;
/** A kernel icon by name, or a module's own icon as an SVG path on a 24×24 grid. */
export type NavIconSpec = NavIconName | { path: string };

export function NavIcon({ icon, size = 24 }: { icon: NavIconSpec; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={typeof icon === 'string' ? paths[icon] : icon.path} />
    </svg>
  );
}
