-- Accounts (login), server-side sessions, single-use tokens, and the mail outbox.

create table accounts (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  person_id uuid not null unique references people (id) on delete cascade deferrable initially immediate,
  email text not null,
  password_hash text,
  role text not null check (role in ('admin', 'organizer', 'coordinator', 'activist')),
  created_at timestamptz not null default now(),
  last_login_at timestamptz
);
-- One login address per server, whatever its case.
create unique index accounts_email_idx on accounts (lower(email));

-- Only a hash of the session token is stored; the token itself lives in the browser's cookie.
create table sessions (
  id text primary key,
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  account_id uuid not null references accounts (id) on delete cascade deferrable initially immediate,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_account_idx on sessions (account_id);

-- Password-reset and invitation links: single use, expiring, stored as hashes.
create table account_tokens (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  kind text not null check (kind in ('password_reset', 'invitation')),
  token_hash text not null unique,
  account_id uuid references accounts (id) on delete cascade deferrable initially immediate,
  email text not null,
  role text check (role in ('admin', 'organizer', 'coordinator', 'activist')),
  first_name text,
  last_name text,
  local_group_id uuid references local_groups (id) on delete set null deferrable initially immediate,
  created_by uuid references accounts (id) on delete set null deferrable initially immediate,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);

-- Every message the server sends is kept here; without SMTP it is only kept here.
create table outbox (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  to_address text not null,
  subject text not null,
  body_text text not null,
  status text not null check (status in ('stored', 'pending', 'sent', 'failed')),
  attempts integer not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index outbox_org_created_idx on outbox (organization_id, created_at desc);
create index outbox_pending_idx on outbox (status) where status in ('pending', 'failed');
