-- One row that /api/health writes on each check, so that "healthy" means the database accepts
-- writes too (a full disk or a read-only database answers reads but refuses every write).

create table health_probe (
  id integer primary key check (id = 1),
  checked_at timestamptz not null default now()
);
