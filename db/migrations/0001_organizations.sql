-- Organizations (party → district → association), local groups, people, committees.
-- Foreign keys are DEFERRABLE so that a restore can load tables in any order in one transaction.

create table organizations (
  id uuid primary key default gen_random_uuid(),
  parent_id uuid references organizations (id) deferrable initially immediate,
  kind text not null check (kind in ('party', 'district', 'association')),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null check (length(name) between 1 and 200),
  -- The invented demo association; only it may be replaced by `grasrot demo`.
  is_demo boolean not null default false,
  created_at timestamptz not null default now()
);

create table local_groups (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  name text not null check (length(name) between 1 and 100),
  area_description text not null default '',
  coordinator_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, name)
);

-- Members and non-member contacts are one table; is_member tells them apart.
create table people (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  local_group_id uuid references local_groups (id) on delete set null deferrable initially immediate,
  first_name text not null,
  last_name text not null,
  email text,
  phone text,
  is_member boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index people_organization_idx on people (organization_id);
create index people_local_group_idx on people (local_group_id);
create index people_email_idx on people (organization_id, lower(email));

alter table local_groups
  add constraint local_groups_coordinator_fk foreign key (coordinator_id)
  references people (id) on delete set null deferrable initially immediate;

create table committees (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  kind text not null check (kind in ('board', 'council_group', 'working_group')),
  name text not null,
  created_at timestamptz not null default now(),
  unique (organization_id, name)
);

create table committee_members (
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  committee_id uuid not null references committees (id) on delete cascade deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  title text not null default 'ledamot',
  primary key (committee_id, person_id)
);
