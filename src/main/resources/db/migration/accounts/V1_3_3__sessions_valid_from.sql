-- Sessions signed in before this instant are ended (password reset or change, roles changed).
alter table account add column sessions_valid_from timestamptz;
