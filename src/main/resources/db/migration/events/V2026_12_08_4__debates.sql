-- Policy debates: a framing question, positions and one level of replies, moderation, a conclusion.
create table debate (
    id bigserial primary key,
    event_id bigint references event (id) on delete set null,
    question jsonb not null,
    background jsonb not null default '{}',
    opens_on date not null,
    closes_on date not null,
    conclusion jsonb not null default '{}',
    concluded_at timestamptz,
    created_by varchar(320),
    updated_at timestamptz not null,
    version bigint not null default 0,
    constraint debate_period check (closes_on >= opens_on)
);

create table debate_article (
    debate_id bigint not null references debate (id) on delete cascade,
    article_id bigint not null,
    primary key (debate_id, article_id)
);

create table debate_cited (
    debate_id bigint not null references debate (id) on delete cascade,
    contribution_id bigint not null,
    primary key (debate_id, contribution_id)
);

create table contribution (
    id bigserial primary key,
    debate_id bigint not null references debate (id) on delete cascade,
    parent_id bigint references contribution (id) on delete cascade,
    author varchar(320) not null,
    author_name varchar(200) not null,
    local_government_id bigint,
    language varchar(3) not null,
    body varchar(5000) not null,
    created_at timestamptz not null,
    edited_at timestamptz,
    hidden_reason varchar(1000),
    hidden_by varchar(320),
    hidden_at timestamptz,
    version bigint not null default 0
);
create index contribution_debate on contribution (debate_id, created_at, id);

create table contribution_report (
    contribution_id bigint not null references contribution (id) on delete cascade,
    reporter varchar(320) not null,
    reason varchar(1000),
    reported_at timestamptz not null,
    primary key (contribution_id, reporter)
);
