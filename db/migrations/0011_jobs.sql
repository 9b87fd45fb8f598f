-- A durable job queue (activities issue, part 5): work that must happen later or be retried,
-- such as reminders, survives a restart and runs once. See src/features/jobs/README.md.
-- And attachments on outbox messages, for the activity's .ics sent with a sign-up's confirmation.

create table jobs (
  id uuid primary key default gen_random_uuid(),
  -- Null only for work that belongs to no association.
  organization_id uuid references organizations (id) deferrable initially immediate,
  kind text not null,
  -- Ids and settings only, never names or contact details: the handler looks those up.
  payload jsonb not null default '{}',
  run_at timestamptz not null default now(),
  status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
  attempts integer not null default 0,
  max_attempts integer not null default 5 check (max_attempts > 0),
  -- The error's kind and message, with addresses and numbers removed.
  last_error text,
  -- The lease: who took the job and when; a job left running by a stopped process is taken again.
  locked_at timestamptz,
  locked_by text,
  -- The same key is never enqueued twice (e.g. reminder:<signupId>:<startsAt>).
  dedupe_key text unique,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
-- The worker's question: what is due, or abandoned, oldest first.
create index jobs_due_idx on jobs (run_at) where status in ('queued', 'running');
create index jobs_org_created_idx on jobs (organization_id, created_at desc);
create index jobs_finished_idx on jobs (finished_at) where status in ('done', 'failed');

-- [{ "filename", "contentType", "content" }], text content only (calendar files).
alter table outbox add column attachments jsonb not null default '[]';
