-- Activities (issue 4): campaigns, activity types, activities with shifts, sign-ups with waiting
-- lists, recurring series, guest sign-ups awaiting confirmation, and activity reports.

create table campaigns (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 5000),
  starts_on date,
  ends_on date,
  colour text not null default '#c8102e' check (colour ~ '^#[0-9a-f]{6}$'),
  owner_id uuid references people (id) on delete set null deferrable initially immediate,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (starts_on is null or ends_on is null or ends_on >= starts_on)
);
create index campaigns_org_idx on campaigns (organization_id, starts_on);

-- Each association's own list. `key` names the types the plan knows (its indicators count them);
-- types an admin adds have none. Archived types stay on old activities but are not offered.
create table activity_types (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  key text check (key ~ '^[a-z]+(_[a-z]+)*$'),
  name text not null check (length(name) between 1 and 60),
  position integer not null default 0,
  is_archived boolean not null default false,
  created_at timestamptz not null default now(),
  unique (organization_id, key),
  unique (organization_id, name)
);

-- The types of the activity plan, for every association that exists when this runs; new
-- associations get them from `seedActivityTypes` (org create, the demo).
insert into activity_types (organization_id, key, name, position)
select o.id, t.key, t.name, t.position
from organizations o
cross join (values
  ('leafleting', 'Flygbladsutdelning', 1),
  ('door_knocking', 'Dörrknackning', 2),
  ('stall', 'Bokbord/valstuga', 3),
  ('member_meeting', 'Medlemsmöte', 4),
  ('board_meeting', 'Styrelsemöte', 5),
  ('site_visit', 'Verksamhetsbesök', 6),
  ('citizen_dialogue', 'Medborgardialog', 7),
  ('training', 'Utbildning', 8),
  ('social_media', 'Sociala medier-aktion', 9),
  ('demonstration', 'Demonstration', 10),
  ('study_circle', 'Studiecirkel', 11)
) as t (key, name, position)
where o.kind = 'association';

-- A recurring series; its occurrences are materialised as activities with series_id.
create table activity_series (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  recurrence text not null check (recurrence in ('weekly', 'biweekly', 'monthly')),
  starts_on date not null,
  until_on date not null,
  -- Dates ('YYYY-MM-DD') skipped, or whose occurrence was deleted.
  exceptions jsonb not null default '[]',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (until_on >= starts_on)
);

create table activities (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  title text not null check (length(title) between 1 and 200),
  type_id uuid not null references activity_types (id) deferrable initially immediate,
  campaign_id uuid references campaigns (id) on delete set null deferrable initially immediate,
  -- No local group: the whole association's activity.
  local_group_id uuid references local_groups (id) on delete set null deferrable initially immediate,
  place text not null default '' check (length(place) <= 300),
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  -- Markdown source; rendered to safe HTML when read.
  description text not null default '' check (length(description) <= 20000),
  contact_person_id uuid references people (id) on delete set null deferrable initially immediate,
  visibility text not null default 'draft' check (visibility in ('draft', 'members', 'public')),
  -- Members or the public see it from this moment (scheduled publishing); null = at once.
  publish_at timestamptz,
  cancelled_at timestamptz,
  cancel_reason text check (length(cancel_reason) <= 1000),
  -- Activists may sign up or cancel until this many minutes before their shift starts.
  signup_cutoff_minutes integer not null default 0 check (signup_cutoff_minutes between 0 and 20160),
  reminder_offset_minutes integer not null default 1440
    check (reminder_offset_minutes between 0 and 20160),
  -- Raised on every change, for iCalendar's SEQUENCE.
  sequence integer not null default 0,
  image_url text check (length(image_url) <= 1000),
  series_id uuid references activity_series (id) on delete set null deferrable initially immediate,
  occurrence_date date,
  created_by uuid references accounts (id) on delete set null deferrable initially immediate,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at),
  check ((latitude is null) = (longitude is null)),
  check (series_id is null or occurrence_date is not null)
);
create index activities_org_starts_idx on activities (organization_id, starts_at);
create index activities_group_starts_idx on activities (local_group_id, starts_at);
create unique index activities_occurrence_idx on activities (series_id, occurrence_date)
  where series_id is not null;

-- A shift (pass): a time slot with a capacity (null = no limit) and the number wanted.
create table shifts (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  activity_id uuid not null references activities (id) on delete cascade deferrable initially immediate,
  title text not null default '' check (length(title) <= 100),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  capacity integer check (capacity between 1 and 10000),
  wanted integer check (wanted >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at),
  check (capacity is null or wanted is null or wanted <= capacity)
);
create index shifts_activity_idx on shifts (activity_id, starts_at);

-- A cancelled sign-up is kept (history, attendance statistics); a person has at most one
-- live sign-up per shift. The waiting list is ordered by waiting_since.
create table signups (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  shift_id uuid not null references shifts (id) on delete cascade deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  status text not null check (status in ('confirmed', 'waiting', 'cancelled')),
  waiting_since timestamptz,
  source text not null check (source in ('self', 'booked', 'guest')),
  booked_by uuid references accounts (id) on delete set null deferrable initially immediate,
  attended boolean,
  cancelled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'waiting') = (waiting_since is not null)),
  check ((status = 'cancelled') = (cancelled_at is not null))
);
create unique index signups_live_idx on signups (shift_id, person_id) where status <> 'cancelled';
create index signups_shift_status_idx on signups (shift_id, status, waiting_since);
create index signups_person_idx on signups (person_id, status);

-- A guest's sign-up waits here until the e-mailed link is followed; only the link's hash is kept.
create table guest_signups (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  shift_id uuid not null references shifts (id) on delete cascade deferrable initially immediate,
  -- Cleared on confirmation: from then on the contact lives in the register, not here.
  first_name text check (length(first_name) between 1 and 100),
  last_name text check (length(last_name) between 1 and 100),
  email text,
  phone text,
  consent_wording text not null check (length(consent_wording) between 1 and 2000),
  token_hash text not null unique,
  expires_at timestamptz not null,
  confirmed_at timestamptz,
  signup_id uuid references signups (id) on delete set null deferrable initially immediate,
  created_at timestamptz not null default now(),
  check (confirmed_at is not null or (first_name is not null and last_name is not null
    and email is not null))
);
create index guest_signups_expires_idx on guest_signups (expires_at) where confirmed_at is null;

-- What an activity achieved, reported afterwards; null = not counted.
create table activity_reports (
  activity_id uuid primary key references activities (id) on delete cascade deferrable initially immediate,
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  leaflets integer check (leaflets >= 0),
  doors_knocked integer check (doors_knocked >= 0),
  conversations integer check (conversations >= 0),
  new_contacts integer check (new_contacts >= 0),
  note text not null default '' check (length(note) <= 5000),
  reported_by uuid references accounts (id) on delete set null deferrable initially immediate,
  reported_at timestamptz not null default now()
);
