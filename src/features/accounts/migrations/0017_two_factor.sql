-- Two-factor login: a TOTP secret per account (any authenticator app) and ten single-use
-- recovery codes. The secret is sealed with the installation's key, which is kept outside the
-- database (GRASROT_SECRET_KEY or <data dir>/secret.key), and the codes are stored as Argon2id
-- hashes: a backup of the database alone logs nobody in.

alter table accounts add column totp_secret text;
-- A secret shown to the person but not yet confirmed with a code from their app.
alter table accounts add column totp_pending_secret text;
alter table accounts add column totp_enabled_at timestamptz;
-- The last 30-second step a code was accepted for: a code works once.
alter table accounts add column totp_last_step bigint;

create table recovery_codes (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  account_id uuid not null references accounts (id) on delete cascade deferrable initially immediate,
  code_hash text not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index recovery_codes_account_idx on recovery_codes (account_id);

-- An association's login rules: whether admins and organizers must use two-factor login.
create table security_settings (
  organization_id uuid primary key references organizations (id) on delete cascade deferrable initially immediate,
  require_two_factor boolean not null default false,
  updated_at timestamptz not null default now(),
  updated_by uuid references accounts (id) on delete set null deferrable initially immediate
);
