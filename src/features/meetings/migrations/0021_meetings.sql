-- Meetings (issue 14): member, board and annual meetings on an activity (its time, place, sign-up
-- and kalendarium), their agenda, planning group, invited partners, topics proposed by members,
-- attendance, the speakers' list, decisions, elections, minutes approved by the adjusters, tasks
-- from decisions, and the board's named responsibilities.

create table meetings (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  activity_id uuid not null unique references activities (id) on delete cascade
    deferrable initially immediate,
  kind text not null check (kind in ('member_meeting', 'board_meeting', 'annual_meeting')),
  theme text not null default '' check (length(theme) <= 300),
  -- The council group (or another committee) planning it with the planners named below.
  planning_committee_id uuid references committees (id) on delete set null
    deferrable initially immediate,
  chair_person_id uuid references people (id) on delete set null deferrable initially immediate,
  secretary_person_id uuid references people (id) on delete set null
    deferrable initially immediate,
  -- Quorum: at least this many checked in (the annual meeting's rule); null = no rule.
  quorum_minimum integer check (quorum_minimum between 1 and 10000),
  first_time_speakers_first boolean not null default false,
  -- Seconds per turn and per reply (replik); null = no limit.
  speaking_seconds integer check (speaking_seconds between 10 and 3600),
  reply_seconds integer check (reply_seconds between 10 and 3600),
  -- Shown in the room; members check in with it from their phones.
  check_in_code text not null check (check_in_code ~ '^[A-Z0-9]{4,8}$'),
  opened_at timestamptz,
  closed_at timestamptz,
  current_item_id uuid,
  -- Raised by every change the live view shows: its ETag, so polling is one indexed read.
  live_version bigint not null default 1,
  -- Markdown; generated from the agenda, attendance and decisions, then edited.
  minutes text check (length(minutes) <= 200000),
  -- Sent to the adjusters; an edit after this takes it back and clears their approvals.
  minutes_ready_at timestamptz,
  -- Every adjuster approved: members may read it.
  minutes_published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, organization_id),
  check (closed_at is null or opened_at is not null)
);
create index meetings_org_idx on meetings (organization_id);

create table meeting_agenda_items (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  meeting_id uuid not null references meetings (id) on delete cascade deferrable initially immediate,
  position integer not null,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 5000),
  kind text not null check (kind in ('information', 'discussion', 'decision', 'election')),
  preparer_person_id uuid references people (id) on delete set null
    deferrable initially immediate,
  -- Links to documents: [{ title, url }].
  documents jsonb not null default '[]',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index meeting_agenda_items_meeting_idx on meeting_agenda_items (meeting_id, position);

alter table meetings
  add constraint meetings_current_item_fk foreign key (current_item_id)
  references meeting_agenda_items (id) on delete set null deferrable initially immediate;

create table meeting_planners (
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  meeting_id uuid not null references meetings (id) on delete cascade deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  primary key (meeting_id, person_id)
);
create index meeting_planners_person_idx on meeting_planners (person_id);

-- Invited partners or other associations: free text until the communication feature has partners.
create table meeting_partners (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  meeting_id uuid not null references meetings (id) on delete cascade deferrable initially immediate,
  name text not null check (length(name) between 1 and 200),
  contact_note text not null default '' check (length(contact_note) <= 1000),
  created_at timestamptz not null default now()
);
create index meeting_partners_meeting_idx on meeting_partners (meeting_id);

-- Topics and themes members propose before the meeting; one support per member.
create table meeting_topic_proposals (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  meeting_id uuid not null references meetings (id) on delete cascade deferrable initially immediate,
  person_id uuid references people (id) on delete set null deferrable initially immediate,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 2000),
  -- Taken onto the agenda as this item.
  agenda_item_id uuid references meeting_agenda_items (id) on delete set null
    deferrable initially immediate,
  created_at timestamptz not null default now()
);
create index meeting_topic_proposals_meeting_idx on meeting_topic_proposals (meeting_id);
create index meeting_topic_proposals_person_idx on meeting_topic_proposals (person_id);

create table meeting_topic_supports (
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  proposal_id uuid not null references meeting_topic_proposals (id) on delete cascade
    deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  created_at timestamptz not null default now(),
  primary key (proposal_id, person_id)
);
create index meeting_topic_supports_person_idx on meeting_topic_supports (person_id);

create table meeting_attendance (
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  meeting_id uuid not null references meetings (id) on delete cascade deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  method text not null check (method in ('code', 'chair')),
  checked_in_at timestamptz not null default now(),
  primary key (meeting_id, person_id)
);
create index meeting_attendance_person_idx on meeting_attendance (person_id);

-- The speakers' list: one row per request for the floor, per agenda item. Gender is the
-- speaker's own statement when they were put on the list (null: not stated), kept with the turn
-- so the meeting's statistics stay as they were; the row loses its person on erasure.
create table meeting_speakers (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  meeting_id uuid not null references meetings (id) on delete cascade deferrable initially immediate,
  item_id uuid not null references meeting_agenda_items (id) on delete cascade
    deferrable initially immediate,
  person_id uuid references people (id) on delete set null deferrable initially immediate,
  gender text check (gender in ('woman', 'man', 'other')),
  kind text not null check (kind in ('speech', 'reply')),
  -- A reply answers this turn.
  reply_to_id uuid references meeting_speakers (id) on delete set null
    deferrable initially immediate,
  added_by text not null check (added_by in ('self', 'chair')),
  requested_at timestamptz not null default now(),
  -- Had not spoken before at this meeting when the turn started.
  is_first_time boolean,
  started_at timestamptz,
  ended_at timestamptz,
  withdrawn_at timestamptz,
  check (ended_at is null or started_at is not null),
  check ((kind = 'reply') = (reply_to_id is not null) or reply_to_id is null)
);
create index meeting_speakers_meeting_idx on meeting_speakers (meeting_id, requested_at);
create index meeting_speakers_person_idx on meeting_speakers (person_id);
-- One turn at a time per meeting.
create unique index meeting_speakers_one_current_idx on meeting_speakers (meeting_id)
  where started_at is not null and ended_at is null;
-- One waiting request per person, item, kind and reply target (a double tap asks once).
create unique index meeting_speakers_one_waiting_idx on meeting_speakers (
  item_id, person_id, kind, coalesce(reply_to_id, '00000000-0000-0000-0000-000000000000'::uuid)
) where started_at is null and withdrawn_at is null;

create table meeting_decisions (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  meeting_id uuid not null references meetings (id) on delete cascade deferrable initially immediate,
  item_id uuid not null references meeting_agenda_items (id) on delete cascade
    deferrable initially immediate,
  position integer not null default 0,
  -- The proposals put: [{ text, proposer }].
  proposals jsonb not null default '[]',
  -- The decision as the minutes word it ("att …").
  text text not null check (length(text) between 1 and 5000),
  outcome text not null
    check (outcome in ('approved', 'rejected', 'tabled', 'referred_back', 'other')),
  votes_for integer check (votes_for >= 0),
  votes_against integer check (votes_against >= 0),
  votes_abstaining integer check (votes_abstaining >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index meeting_decisions_meeting_idx on meeting_decisions (meeting_id);

create table meeting_elections (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  meeting_id uuid not null references meetings (id) on delete cascade deferrable initially immediate,
  item_id uuid not null references meeting_agenda_items (id) on delete cascade
    deferrable initially immediate,
  -- What was elected to: "Ombud till distriktsårsmötet".
  office text not null check (length(office) between 1 and 200),
  note text not null default '' check (length(note) <= 2000),
  created_at timestamptz not null default now()
);
create index meeting_elections_meeting_idx on meeting_elections (meeting_id);

-- The elected: a person in the register, or a name (a partner's delegate).
create table meeting_elected (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  election_id uuid not null references meeting_elections (id) on delete cascade
    deferrable initially immediate,
  person_id uuid references people (id) on delete set null deferrable initially immediate,
  name text not null check (length(name) between 1 and 200),
  is_deputy boolean not null default false,
  position integer not null default 0
);
create index meeting_elected_election_idx on meeting_elected (election_id);
create index meeting_elected_person_idx on meeting_elected (person_id);

create table meeting_adjusters (
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  meeting_id uuid not null references meetings (id) on delete cascade deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  approved_at timestamptz,
  primary key (meeting_id, person_id)
);
create index meeting_adjusters_person_idx on meeting_adjusters (person_id);

-- A task from a decision: who does it, by when; followed up at the next meeting.
create table meeting_tasks (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  meeting_id uuid not null references meetings (id) on delete cascade deferrable initially immediate,
  decision_id uuid references meeting_decisions (id) on delete set null
    deferrable initially immediate,
  title text not null check (length(title) between 1 and 300),
  responsible_person_id uuid references people (id) on delete set null
    deferrable initially immediate,
  due_on date,
  status text not null default 'open' check (status in ('open', 'done', 'dropped')),
  -- The activity plan's means it serves, by name until the plan feature exists.
  plan_means text not null default '' check (length(plan_means) <= 200),
  follow_up_note text not null default '' check (length(follow_up_note) <= 2000),
  completed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index meeting_tasks_org_status_idx on meeting_tasks (organization_id, status);
create index meeting_tasks_person_idx on meeting_tasks (responsible_person_id);

-- Who on the board answers for what ("Intern antirasism"), shown on the association's page.
create table board_roles (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  title text not null check (length(title) between 1 and 200),
  description text not null default '' check (length(description) <= 2000),
  person_id uuid references people (id) on delete set null deferrable initially immediate,
  position integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, title)
);
create index board_roles_person_idx on board_roles (person_id);
