/**
 * An e-mail address that breaks before the @ on a narrow screen ("lars.andersson.14" /
 * "@example.org") rather than between any two letters; only a part too long for the line
 * breaks inside.
 */
export function EmailText({ email }: { email: string }) {
  const at = email.lastIndexOf('@');
  if (at <= 0) return <span className="wrap-anywhere">{email}</span>;
  return (
    <span className="wrap-anywhere">
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </span>
  );
}
