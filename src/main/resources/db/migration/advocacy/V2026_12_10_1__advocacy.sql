-- Advocacy: campaigns with a versioned statement, official endorsements by local governments,
-- personal signatures (double opt-in), collective initiatives of members, and partnerships.
create table campaign (
    id bigserial primary key,
    state varchar(16) not null check (state in ('proposed', 'draft', 'open', 'closed', 'declined')),
    title jsonb not null,
    call_to_action jsonb not null default '{}',
    goal integer not null check (goal between 1 and 100000),
    opens_on date not null,
    closes_on date,
    proposed_by_lg bigint,
    initiative_id bigint,
    statement_version integer not null default 1,
    created_by varchar(320),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    decline_reason varchar(1000),
    version bigint not null default 0,
    constraint campaign_period check (closes_on is null or closes_on >= opens_on)
);
create index campaign_state on campaign (state, opens_on desc);

-- Every text of the statement that was ever public; endorsements point at the one they endorsed.
create table campaign_statement (
    campaign_id bigint not null references campaign (id) on delete cascade,
    number integer not null,
    text jsonb not null,
    change_note jsonb not null default '{}',
    created_at timestamptz not null,
    created_by varchar(320),
    primary key (campaign_id, number)
);

create table campaign_link (
    campaign_id bigint not null references campaign (id) on delete cascade,
    kind varchar(16) not null check (kind in ('resource', 'event', 'partner', 'un-call')),
    target_id bigint not null,
    primary key (campaign_id, kind, target_id)
);

create table campaign_update (
    id bigserial primary key,
    campaign_id bigint not null references campaign (id) on delete cascade,
    posted_on date not null,
    title jsonb not null,
    body jsonb not null default '{}',
    created_by varchar(320),
    created_at timestamptz not null
);
create index campaign_update_campaign on campaign_update (campaign_id, posted_on desc, id desc);

create table endorsement (
    id bigserial primary key,
    campaign_id bigint not null references campaign (id) on delete cascade,
    local_government_id bigint not null,
    -- Where the local government was when it endorsed, so that the map and the regions need no join.
    country varchar(2),
    region varchar(40),
    statement_version integer not null,
    state varchar(16) not null check (state in ('pending', 'verified', 'rejected', 'withdrawn')),
    signatory_name varchar(200) not null,
    signatory_title varchar(200) not null,
    decision_reference varchar(200),
    decision_date date,
    decision_file_key varchar(200),
    decision_file_name varchar(255),
    submitted_by varchar(320) not null,
    submitted_at timestamptz not null,
    verified_by varchar(320),
    verified_at timestamptz,
    rejection_reason varchar(1000),
    withdrawn_at timestamptz,
    withdrawn_by varchar(320),
    version bigint not null default 0,
    constraint one_endorsement_per_local_government unique (campaign_id, local_government_id)
);
create index endorsement_public on endorsement (campaign_id, state, verified_at);

create table signature (
    id bigserial primary key,
    campaign_id bigint not null references campaign (id) on delete cascade,
    email varchar(320) not null,
    email_key varchar(320) not null,
    name varchar(200) not null,
    show_name boolean not null default false,
    country varchar(2),
    language varchar(3) not null,
    statement_version integer not null,
    state varchar(16) not null check (state in ('pending', 'confirmed')),
    created_at timestamptz not null,
    confirmed_at timestamptz,
    mail_state varchar(16),
    constraint one_signature_per_person unique (campaign_id, email_key)
);
create index signature_counted on signature (campaign_id, state);
create index signature_person on signature (email_key);
create index signature_mail on signature (id) where mail_state = 'queued';

create table initiative (
    id bigserial primary key,
    kind varchar(20) not null check (kind in ('initiative', 'working-group')),
    state varchar(16) not null check (state in ('proposed', 'active', 'closed', 'declined')),
    title jsonb not null,
    purpose jsonb not null default '{}',
    activities jsonb not null default '{}',
    coordinator_lg bigint not null,
    coordinator_name varchar(200) not null,
    created_by varchar(320),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    decline_reason varchar(1000),
    version bigint not null default 0
);

create table initiative_member (
    initiative_id bigint not null references initiative (id) on delete cascade,
    local_government_id bigint not null,
    joined_at timestamptz not null,
    joined_by varchar(320),
    primary key (initiative_id, local_government_id)
);

create table initiative_update (
    id bigserial primary key,
    initiative_id bigint not null references initiative (id) on delete cascade,
    title jsonb not null,
    body jsonb not null default '{}',
    public boolean not null default false,
    posted_at timestamptz not null,
    posted_by varchar(320)
);
create index initiative_update_initiative on initiative_update (initiative_id, posted_at desc);

create table initiative_link (
    initiative_id bigint not null references initiative (id) on delete cascade,
    kind varchar(16) not null check (kind in ('resource', 'event', 'debate')),
    target_id bigint not null,
    members_only boolean not null default false,
    primary key (initiative_id, kind, target_id)
);

create table partner_agreement (
    id bigserial primary key,
    partner_id bigint not null references partner (id) on delete cascade,
    kind varchar(24) not null check (kind in ('mou', 'joint-programme', 'framework', 'letter-of-intent', 'other')),
    title jsonb not null,
    scope jsonb not null default '{}',
    signed_on date not null,
    starts_on date not null,
    ends_on date,
    file_key varchar(200),
    file_name varchar(255),
    reference varchar(200),
    updated_by varchar(320),
    updated_at timestamptz not null,
    version bigint not null default 0,
    constraint agreement_period check (ends_on is null or ends_on >= starts_on)
);
create index partner_agreement_partner on partner_agreement (partner_id, signed_on desc);

create table partner_focal_point (
    id bigserial primary key,
    partner_id bigint not null references partner (id) on delete cascade,
    name varchar(200) not null,
    role varchar(200) not null default '',
    email varchar(320),
    phone varchar(50)
);
