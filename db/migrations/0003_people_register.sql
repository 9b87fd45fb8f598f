-- The person record of the member register (people issue, part 1) and the audit log.

alter table people
  add column address text,
  add column postcode text,
  add column city text,
  add column gender text check (gender in ('woman', 'man', 'other')),
  add column birth_year integer check (birth_year between 1900 and 2100),
  add column member_number text,
  add column member_since date,
  add column membership_status text not null default 'active'
    check (membership_status in ('active', 'lapsed', 'resigned')),
  add column notes text not null default '';

-- A member number identifies one person within an association.
create unique index people_member_number_idx on people (organization_id, member_number)
  where member_number is not null;
create index people_phone_idx on people (organization_id, phone);
create index people_name_idx on people (organization_id, lower(last_name), lower(first_name));

-- Who looked at or changed whose data: views of a person's record by anyone else, exports,
-- merges, erasures. Rows are never updated; the subject is kept by id only.
create table audit_log (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  account_id uuid references accounts (id) on delete set null deferrable initially immediate,
  action text not null check (length(action) between 1 and 60),
  person_id uuid references people (id) on delete set null deferrable initially immediate,
  details jsonb not null default '{}',
  created_at timestamptz not null default now()
);
create index audit_log_org_created_idx on audit_log (organization_id, created_at desc);
create index audit_log_person_idx on audit_log (person_id);
