-- Notes on a person's timeline, and the retention rule for contacts (people issue, parts 5 and 9).

create table person_notes (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  -- The note stays when its author's account is removed.
  author_account_id uuid references accounts (id) on delete set null deferrable initially immediate,
  body text not null check (length(body) between 1 and 5000),
  created_at timestamptz not null default now()
);
create index person_notes_person_idx on person_notes (person_id, created_at desc);

-- Bulk tagging is audited once, naming the people in its details; a person's timeline finds
-- the tags taken off them by containment, which this index answers.
create index audit_log_tagging_idx on audit_log using gin (details jsonb_path_ops)
  where action = 'people.tag';

-- Months without consent or activity after which a non-member is flagged for erasure; 0 is off.
alter table organizations
  add column retention_months integer not null default 24
    check (retention_months between 0 and 240);
