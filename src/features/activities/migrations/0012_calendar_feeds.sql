-- Personal calendar feeds: a secret address per person that a calendar app subscribes to.
-- Only the SHA-256 of the secret is kept; making a new address revokes the old one.

create table calendar_feeds (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create unique index calendar_feeds_live_idx on calendar_feeds (person_id) where revoked_at is null;
