-- Mail is never given up in under two days, and mail to many can be left with one click.
--
-- A message that could not be delivered stays `pending` and is tried again at `next_attempt_at`,
-- with growing delays (1, 2, 4 … minutes, at most an hour), until two days after `queued_at`;
-- only then is it `failed`, and an admin may queue it again (which sets `queued_at` anew).
-- `locked_until` is the lease of the process delivering it, so two processes never send it twice.
alter table outbox add column queued_at timestamptz not null default now();
alter table outbox add column next_attempt_at timestamptz not null default now();
alter table outbox add column locked_until timestamptz;
-- The List-Unsubscribe address of mail to many (its token can only unsubscribe; see below).
alter table outbox add column list_unsubscribe text;
update outbox set queued_at = created_at, next_attempt_at = now();
-- Messages given up by the old rule (five attempts) within the last two days are tried again.
update outbox set status = 'pending', queued_at = now()
where status = 'failed' and created_at > now() - interval '2 days';
drop index outbox_pending_idx;
create index outbox_due_idx on outbox (next_attempt_at) where status = 'pending';

-- A person's choice about a kind of mail to many (`topic`): activity reminders and notices.
-- `token` is random and stored as is: it can do nothing but unsubscribe this person from this
-- topic, and it goes out in every such message's List-Unsubscribe header.
create table mail_preferences (
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  person_id uuid not null references people (id) on delete cascade deferrable initially immediate,
  topic text not null check (topic = 'activities'),
  token text not null unique,
  unsubscribed_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (person_id, topic)
);
create index mail_preferences_org_idx on mail_preferences (organization_id);
