-- Change notices: a write to what a member's "Min sida" reads publishes, on the invalidation
-- channel and inside its own transaction, the key of what changed. PostgreSQL hands the notice to
-- every listening process when, and only if, the transaction commits; identical notices of one
-- transaction are sent once. Because the database sends them, no code path that writes these
-- tables can forget to (db/invalidations.ts, docs/ARCHITECTURE.md "Caching").
--
-- grasrot_publish_change(topic, column) publishes `<topic>:<the row's column>`.

create function grasrot_publish_change() returns trigger
language plpgsql as $$
declare
  changed record;
begin
  if tg_op = 'DELETE' then
    changed := old;
  else
    changed := new;
  end if;
  perform pg_notify('grasrot_invalidate', tg_argv[0] || ':' || (to_jsonb(changed) ->> tg_argv[1]));
  return null;
end
$$;

-- Everything in an association's activities: `activities:<organization id>`.
do $$
declare
  name text;
begin
  foreach name in array array['activities', 'shifts', 'signups', 'activity_types', 'campaigns', 'local_groups'] loop
    execute format(
      'create trigger publish_change after insert or update or delete on %I '
      'for each row execute function grasrot_publish_change(''activities'', ''organization_id'')',
      name
    );
  end loop;
end
$$;

-- A person's local group decides which group activities they see: `person:<id>`. Other edits of
-- a person change nothing "Min sida" shows.
create trigger publish_change after update of local_group_id or delete on people
  for each row execute function grasrot_publish_change('person', 'id');
