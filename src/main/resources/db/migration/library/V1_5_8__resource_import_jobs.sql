-- Bulk imports run in the background: their state is kept here so that a restart in the middle
-- shows the editor that the import stopped (its single transaction was rolled back) instead of a 404.
create table resource_import_job (
    id varchar(36) primary key,
    state varchar(10) not null,
    total int not null,
    created int not null default 0,
    updated int not null default 0,
    failure varchar(100),
    started_at timestamptz not null,
    finished_at timestamptz
);
