-- Events of the meeting point: network meetings, policy debates, learning sessions and Forum editions.
create table event (
    id bigserial primary key,
    kind varchar(20) not null,
    state varchar(20) not null,
    state_reason jsonb not null default '{}',
    title jsonb not null,
    summary jsonb not null default '{}',
    description jsonb not null default '{}',
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    time_zone varchar(64) not null,
    venue_name varchar(300),
    address varchar(500),
    city varchar(200),
    country varchar(2),
    region varchar(40),
    latitude double precision,
    longitude double precision,
    online_url varchar(1000),
    accessibility jsonb not null default '{}',
    outcomes jsonb not null default '{}',
    registration_mode varchar(20) not null default 'CLOSED',
    registration_opens_at timestamptz,
    registration_closes_at timestamptz,
    capacity integer,
    approval boolean not null default false,
    published_at timestamptz,
    created_by varchar(320),
    updated_at timestamptz not null,
    version bigint not null default 0,
    constraint event_period check (ends_at >= starts_at),
    constraint event_capacity check (capacity is null or capacity > 0)
);
create index event_public_start on event (starts_at, id) where state <> 'DRAFT';
create index event_kind_start on event (kind, starts_at);
create index event_country on event (country);
create index event_region on event (region);

create table event_language (
    event_id bigint not null references event (id) on delete cascade,
    language varchar(3) not null,
    primary key (event_id, language)
);
create index event_language_lang on event_language (language, event_id);

create table event_interpretation (
    event_id bigint not null references event (id) on delete cascade,
    language varchar(3) not null,
    primary key (event_id, language)
);

create table event_article (
    event_id bigint not null references event (id) on delete cascade,
    article_id bigint not null,
    primary key (event_id, article_id)
);
create index event_article_article on event_article (article_id, event_id);

-- Organisers and co-organisers from the directory: a local government or a partner.
create table event_organiser (
    event_id bigint not null references event (id) on delete cascade,
    party varchar(20) not null,
    party_id bigint not null,
    lead boolean not null,
    position integer not null,
    primary key (event_id, party, party_id)
);
create index event_organiser_party on event_organiser (party, party_id);

-- Agenda, slides, minutes, recordings: a Resource Space item or a link.
create table event_material (
    event_id bigint not null references event (id) on delete cascade,
    position integer not null,
    kind varchar(20) not null,
    label varchar(300),
    url varchar(1000),
    resource_id bigint,
    primary key (event_id, position)
);

-- Who may register when registration is by invitation.
create table event_invitation (
    event_id bigint not null references event (id) on delete cascade,
    email varchar(320) not null,
    primary key (event_id, email)
);

-- The questions of an event's registration form, beside the built-in ones.
create table registration_question (
    id bigserial primary key,
    event_id bigint not null references event (id) on delete cascade,
    position integer not null,
    type varchar(20) not null,
    label jsonb not null,
    choices jsonb not null default '[]',
    required boolean not null default false
);
create index registration_question_event on registration_question (event_id, position);

create table registration (
    id bigserial primary key,
    event_id bigint not null references event (id) on delete cascade,
    state varchar(20) not null,
    name varchar(200) not null,
    email varchar(320) not null,
    language varchar(3) not null,
    account_email varchar(320),
    local_government_id bigint,
    interpretation varchar(3),
    accessibility_needs varchar(1000),
    dietary_needs varchar(1000),
    answers jsonb not null default '{}',
    created_at timestamptz not null,
    confirmed_at timestamptz,
    cancelled_at timestamptz,
    promoted_at timestamptz,
    version bigint not null default 0
);
-- One live registration per address and event; a cancelled one does not block registering again.
create unique index registration_one_per_email on registration (event_id, lower(email)) where state <> 'CANCELLED';
create index registration_event_state on registration (event_id, state, created_at, id);

-- Each email about a registration goes once, even when its event is handed to the listener again
-- after a restart: the row is claimed before sending (kind: received, promoted, cancelled, postponed-<version>).
create table registration_mail (
    registration_id bigint not null references registration (id) on delete cascade,
    kind varchar(40) not null,
    sent_at timestamptz not null,
    primary key (registration_id, kind)
);
