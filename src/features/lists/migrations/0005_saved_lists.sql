-- Saved lists: a filter, a sort and columns, evaluated anew each time (people issue, part 3).

create table saved_lists (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  owner_account_id uuid references accounts (id) on delete set null deferrable initially immediate,
  name text not null check (length(name) between 1 and 100),
  description text not null default '',
  filter jsonb not null,
  sort jsonb not null,
  columns jsonb not null default '[]',
  is_shared boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index saved_lists_org_idx on saved_lists (organization_id);
