/**
 * A QR code drawn from the server's modules as one SVG path: no library in the browser and
 * nothing inline for the Content-Security-Policy to refuse. The quiet zone is four modules wide.
 */
export function QrCode({ modules, label }: { modules: boolean[][]; label: string }) {
  const size = modules.length + 8;
  let path = '';
  modules.forEach((row, y) =>
    row.forEach((isDark, x) => {
      if (isDark) path += `M${x + 4} ${y + 4}h1v1h-1z`;
    }),
  );
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      width={220}
      height={220}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      style={{ background: '#fff', maxWidth: '100%', height: 'auto' }}
    >
      <path d={path} fill="#000" />
    </svg>
  );
}
