-- Invitations can also make someone the representative of a partner organisation.
alter table account_link add column partner_id bigint references partner (id);
