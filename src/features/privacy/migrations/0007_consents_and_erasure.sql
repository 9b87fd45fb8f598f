-- Consent records of non-members per purpose, and erasure of a person (people issue, part 5).

create table consents (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  purpose text not null check (purpose in ('contact', 'newsletter', 'calling', 'canvassing', 'events')),
  given_at timestamptz not null,
  -- Where it was given (a form, a call, a paper list) and the exact wording shown.
  source text not null check (length(source) between 1 and 200),
  wording text not null check (length(wording) between 1 and 2000),
  withdrawn_at timestamptz,
  recorded_by uuid references accounts (id) on delete set null deferrable initially immediate,
  created_at timestamptz not null default now()
);
create index consents_person_idx on consents (person_id, purpose);

-- An erased person keeps their row (so counts stay right) without any personal data.
alter table people add column erased_at timestamptz;
