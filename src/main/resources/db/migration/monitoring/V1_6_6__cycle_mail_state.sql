-- A reporting email is claimed (committed) before it is handed to the mail server and marked sent
-- after: a crash in between leaves it 'sending', which the next start marks 'interrupted' instead
-- of sending it a second time.
alter table cycle_mail add column state varchar(12) not null default 'sent';
