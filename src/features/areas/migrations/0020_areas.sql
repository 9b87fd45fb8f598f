-- Areas (issue 11): election districts with turnout and results, the association's settings for
-- its map and ranking, priority areas (named sets of districts) and local groups' districts.
-- A district is referred to by its 8-digit code (municipality 4 + district 4), stable across
-- elections drawn on the same map. Nothing here is about a person.

-- One election imported for one municipality, or for every municipality in the file (a county's
-- map: municipality_code null); a re-import under the same name replaces it.
create table elections (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  name text not null check (length(name) between 1 and 100),
  municipality_code text check (municipality_code ~ '^[0-9]{4}$'),
  municipality_name text not null check (length(municipality_name) between 1 and 100),
  -- The municipality's totals, the unallocated early votes (…98xx rows) included.
  eligible_voters integer not null check (eligible_voters >= 0),
  votes_cast integer not null check (votes_cast >= 0),
  valid_votes integer not null check (valid_votes >= 0),
  district_count integer not null check (district_count >= 0),
  imported_at timestamptz not null default now(),
  imported_by uuid references accounts (id) on delete set null deferrable initially immediate,
  unique (organization_id, name),
  -- For the composite keys below: a district is always in its election's association.
  unique (id, organization_id)
);

-- A district: its polygon (GeoJSON in WGS 84, null when the results have no polygon) with its
-- bounding box, and its results (null when the polygon has no results).
create table election_districts (
  election_id uuid not null,
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  code text not null check (code ~ '^[0-9]{8}$'),
  name text not null check (length(name) <= 200),
  geometry jsonb,
  min_lon double precision,
  min_lat double precision,
  max_lon double precision,
  max_lat double precision,
  eligible_voters integer check (eligible_voters >= 0),
  votes_cast integer check (votes_cast >= 0),
  valid_votes integer check (valid_votes >= 0),
  invalid_votes integer check (invalid_votes >= 0),
  blank_votes integer check (blank_votes >= 0),
  party_votes jsonb,
  primary key (election_id, code),
  foreign key (election_id, organization_id) references elections (id, organization_id)
    on delete cascade deferrable initially immediate,
  check ((geometry is null) = (min_lon is null)),
  check ((min_lon is null) = (max_lat is null)),
  check (geometry is not null or eligible_voters is not null),
  check ((eligible_voters is null) = (votes_cast is null)),
  check ((eligible_voters is null) = (party_votes is null))
);

-- Early votes not tied to a district (SCB's …98xx rows): counted in the municipality's totals.
create table election_unallocated (
  id uuid primary key default gen_random_uuid(),
  election_id uuid not null,
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  code text not null check (code ~ '^[0-9]{8}$'),
  name text not null check (length(name) <= 200),
  eligible_voters integer not null check (eligible_voters >= 0),
  votes_cast integer not null check (votes_cast >= 0),
  valid_votes integer not null check (valid_votes >= 0),
  party_votes jsonb not null,
  foreign key (election_id, organization_id) references elections (id, organization_id)
    on delete cascade deferrable initially immediate
);
create index election_unallocated_election_idx on election_unallocated (election_id);

-- One row per association, made when first saved. `weights` are the ranking's criteria.
create table area_settings (
  organization_id uuid primary key references organizations (id) deferrable initially immediate,
  municipality_code text check (municipality_code ~ '^[0-9]{4}$'),
  party text not null default 'V' check (party in ('S', 'M', 'SD', 'C', 'V', 'KD', 'L', 'MP')),
  -- The election whose polygons place activities and whose results the map shows first.
  map_election_id uuid,
  weights jsonb not null
    default '{"lowTurnout": 1, "partyShare": 1, "eligibleVoters": 0, "nonVoters": 0}',
  updated_at timestamptz not null default now(),
  foreign key (map_election_id, organization_id) references elections (id, organization_id)
    on delete set null (map_election_id) deferrable initially immediate
);

-- A named set of districts, saved from the ranking or by clicking districts on the map.
create table priority_areas (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  name text not null check (length(name) between 1 and 100),
  district_codes text[] not null check (cardinality(district_codes) between 1 and 2000),
  created_by uuid references accounts (id) on delete set null deferrable initially immediate,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, name)
);

-- The districts a local group works in; a district may belong to more than one group.
create table local_group_districts (
  organization_id uuid not null references organizations (id) deferrable initially immediate,
  local_group_id uuid not null references local_groups (id) on delete cascade deferrable initially immediate,
  district_code text not null check (district_code ~ '^[0-9]{8}$'),
  primary key (local_group_id, district_code)
);
create index local_group_districts_org_idx on local_group_districts (organization_id, district_code);
