-- Tags with colours, optionally in tag groups, on people (people issue, part 2).

create table tag_groups (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  name text not null check (length(name) between 1 and 60),
  created_at timestamptz not null default now(),
  unique (organization_id, name)
);

create table tags (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  tag_group_id uuid references tag_groups (id) on delete set null deferrable initially immediate,
  name text not null check (length(name) between 1 and 60),
  colour text not null check (colour ~ '^#[0-9a-f]{6}$'),
  created_at timestamptz not null default now(),
  unique (organization_id, name)
);

create table person_tags (
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  tag_id uuid not null references tags (id) on delete cascade deferrable initially immediate,
  created_by uuid references accounts (id) on delete set null deferrable initially immediate,
  created_at timestamptz not null default now(),
  primary key (person_id, tag_id)
);
create index person_tags_tag_idx on person_tags (tag_id);
