-- The key that signs links sent by email (registrations, preferences, private calendar feeds):
-- kept in the database so every instance and every restart checks the same signatures.
create table signing_key (
    name varchar(40) primary key,
    secret bytea not null,
    created_at timestamptz not null default now()
);
