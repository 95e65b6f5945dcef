-- The World Human Rights Cities Forum: an edition is an event of kind FORUM with rooms, tracks,
-- a programme of sessions and their speakers; signed-in people mark sessions for their own agenda.
create table forum_room (
    id bigserial primary key,
    event_id bigint not null references event (id) on delete cascade,
    name varchar(200) not null,
    position integer not null
);
create index forum_room_event on forum_room (event_id, position);

create table forum_track (
    id bigserial primary key,
    event_id bigint not null references event (id) on delete cascade,
    name jsonb not null,
    position integer not null
);
create index forum_track_event on forum_track (event_id, position);

create table speaker (
    id bigserial primary key,
    name varchar(200) not null,
    affiliation varchar(300),
    biography jsonb not null default '{}',
    updated_at timestamptz not null
);
create index speaker_name on speaker (lower(name));

create table forum_session (
    id bigserial primary key,
    event_id bigint not null references event (id) on delete cascade,
    format varchar(20) not null,
    published boolean not null default false,
    title jsonb not null,
    abstract jsonb not null default '{}',
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    room_id bigint references forum_room (id) on delete set null,
    track_id bigint references forum_track (id) on delete set null,
    recording_url varchar(1000),
    recording_resource_id bigint,
    updated_at timestamptz not null,
    version bigint not null default 0,
    constraint forum_session_period check (ends_at >= starts_at)
);
create index forum_session_event_start on forum_session (event_id, starts_at, id);

create table forum_session_language (
    session_id bigint not null references forum_session (id) on delete cascade,
    language varchar(3) not null,
    primary key (session_id, language)
);

create table forum_session_interpretation (
    session_id bigint not null references forum_session (id) on delete cascade,
    language varchar(3) not null,
    primary key (session_id, language)
);

create table forum_session_speaker (
    session_id bigint not null references forum_session (id) on delete cascade,
    position integer not null,
    speaker_id bigint not null references speaker (id) on delete cascade,
    moderator boolean not null,
    primary key (session_id, position)
);
create index forum_session_speaker_speaker on forum_session_speaker (speaker_id);

create table agenda_mark (
    account varchar(320) not null,
    session_id bigint not null references forum_session (id) on delete cascade,
    marked_at timestamptz not null,
    primary key (account, session_id)
);
