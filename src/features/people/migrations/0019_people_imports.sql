-- What an import of the register did, so that an admin can undo the association's latest one
-- (issue 16, item 10). The changes are kept only until the next import: only the latest can be
-- undone, and the old values they hold are personal data.

create table people_imports (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  -- Who imported; null from the command line.
  account_id uuid references accounts (id) on delete set null deferrable initially immediate,
  created_count integer not null,
  updated_count integer not null,
  undone_at timestamptz,
  undone_by uuid references accounts (id) on delete set null deferrable initially immediate,
  -- The import's transaction time: what it wrote carries the same created_at / updated_at.
  created_at timestamptz not null default now()
);

create index people_imports_latest on people_imports (organization_id, created_at desc);

-- One row a person the import created (is_created) or changed: for a change, the columns it set
-- as they were (`before`) and as it left them (`after`, with `tags` it added by name).
create table people_import_changes (
  import_id uuid not null references people_imports (id) on delete cascade deferrable initially immediate,
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  is_created boolean not null,
  before jsonb not null default '{}',
  after jsonb not null default '{}',
  primary key (import_id, person_id)
);

create index people_import_changes_person on people_import_changes (person_id);
