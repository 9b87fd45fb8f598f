-- A link that opens an account or confirms a sign-up is never stored. The outbox keeps the
-- message with a placeholder (`{{secret-link:0}}`) and, in secret_links, how to make the link
-- ({minter, id, url}); the mailer makes a fresh secret only when it hands the message to the mail
-- server (src/platform/server/mail/secret-links.ts). A message whose link no longer works by then
-- (used, expired) is not sent: `cancelled`.
alter table outbox add column secret_links jsonb not null default '[]';
alter table outbox drop constraint outbox_status_check;
alter table outbox add constraint outbox_status_check
  check (status in ('stored', 'pending', 'sent', 'failed', 'cancelled'));

-- An invitation whose link was shown to the inviter (a server without e-mail) rather than sent
-- to the address: accepting it never attaches the account to a person already in the register.
alter table account_tokens add column is_link_shown boolean not null default false;

-- Messages stored before this held their links in clear text, and so did every backup. Each
-- such link dies here (its hash is replaced by one no secret has), and the text keeps a
-- placeholder with a reference, so a message still waiting for the mail server gets a fresh
-- link when it is delivered. A hash is base64url(SHA-256(secret)), as secrets.ts makes it.
with found as (
  select o.id, m[1] as url,
    translate(rtrim(encode(sha256(convert_to(m[2], 'UTF8')), 'base64'), '='), '+/', '-_') as hash
  from outbox o, regexp_match(o.body_text, '(https?://[^\s#]+)#token=([A-Za-z0-9_-]{20,})') as m
  where m is not null
), refs as (
  select f.id, f.url,
    case when t.id is not null then 'accounts.token'
      when g.id is not null then 'activities.guest-signup' end as minter,
    coalesce(t.id, g.id) as token_id
  from found f
  left join account_tokens t on t.token_hash = f.hash
  left join guest_signups g on g.token_hash = f.hash
), dead_account_links as (
  update account_tokens t set token_hash = 'revoked:' || t.id::text
  from refs r where r.minter = 'accounts.token' and t.id = r.token_id
  returning t.id
), dead_guest_links as (
  update guest_signups g set token_hash = 'revoked:' || g.id::text
  from refs r where r.minter = 'activities.guest-signup' and g.id = r.token_id
  returning g.id
)
update outbox o
set body_text = regexp_replace(o.body_text, 'https?://[^\s#]+#token=[A-Za-z0-9_-]{20,}',
      case when r.minter is null then '[personlig länk – gäller inte längre]'
        else '{{secret-link:0}}' end, 'g'),
    secret_links = case when r.minter is null then '[]'::jsonb
      else jsonb_build_array(jsonb_build_object('minter', r.minter, 'id', r.token_id, 'url', r.url))
      end
from refs r
where r.id = o.id;
