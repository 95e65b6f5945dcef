-- The Forum's call for proposals: an edition opens a call; proposals are reviewed by people the
-- secretariat invites (each sees the others' scores once they have scored), then accepted or rejected.
create table forum_call (
    event_id bigint primary key references event (id) on delete cascade,
    opens_on date not null,
    closes_on date not null,
    formats varchar(200) not null,
    guidance jsonb not null default '{}',
    constraint forum_call_period check (closes_on >= opens_on)
);

create table proposal (
    id bigserial primary key,
    event_id bigint not null references event (id) on delete cascade,
    title varchar(300) not null,
    abstract varchar(5000) not null,
    format varchar(20) not null,
    track_id bigint references forum_track (id) on delete set null,
    language varchar(3) not null,
    speakers varchar(1000),
    proposer varchar(320) not null,
    proposer_name varchar(200) not null,
    mail_language varchar(3) not null,
    local_government_id bigint,
    state varchar(20) not null,
    session_id bigint references forum_session (id) on delete set null,
    created_at timestamptz not null,
    decided_at timestamptz,
    version bigint not null default 0
);
create index proposal_event on proposal (event_id, created_at);
create index proposal_proposer on proposal (proposer);

create table proposal_article (
    proposal_id bigint not null references proposal (id) on delete cascade,
    article_id bigint not null,
    primary key (proposal_id, article_id)
);

create table proposal_reviewer (
    event_id bigint not null references event (id) on delete cascade,
    account varchar(320) not null,
    primary key (event_id, account)
);

create table proposal_review (
    proposal_id bigint not null references proposal (id) on delete cascade,
    reviewer varchar(320) not null,
    score integer not null check (score between 1 and 5),
    comment varchar(2000),
    reviewed_at timestamptz not null,
    primary key (proposal_id, reviewer)
);

create table proposal_mail (
    proposal_id bigint not null references proposal (id) on delete cascade,
    kind varchar(20) not null,
    sent_at timestamptz not null,
    primary key (proposal_id, kind)
);
