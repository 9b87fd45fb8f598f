-- Custom fields per association, with values on people (people issue, part 4).

create table custom_fields (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  label text not null check (length(label) between 1 and 60),
  kind text not null
    check (kind in ('text', 'number', 'date', 'choice', 'multi_choice', 'yes_no', 'url')),
  -- The choices of a choice field, in order.
  options jsonb not null default '[]',
  position integer not null default 0,
  created_at timestamptz not null default now(),
  unique (organization_id, label)
);

-- Values keyed by the field's id, so renaming a field keeps them.
alter table people add column custom jsonb not null default '{}';
create index people_custom_idx on people using gin (custom);
