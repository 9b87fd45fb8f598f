-- Pairs of people an organizer has reviewed and found to be different people (people issue, part 6).

create table distinct_people (
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  -- The pair in a fixed order (first_id < second_id), so each pair is stored once.
  first_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  second_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  decided_by uuid references accounts (id) on delete set null deferrable initially immediate,
  created_at timestamptz not null default now(),
  primary key (first_id, second_id),
  check (first_id < second_id)
);
