-- Spring Modulith's event publication registry: each event a module listener must handle is kept
-- here until the listener has finished, so a restart or a failure does not lose its work.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(16),
    completion_attempts    integer not null default 0,
    last_resubmission_date timestamp with time zone
);
create index event_publication_incomplete on event_publication (publication_date) where completion_date is null;
