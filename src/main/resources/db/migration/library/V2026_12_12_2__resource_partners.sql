-- Publications made with a partner organisation, listed on the partner's page.
create table resource_partner (
    resource_id bigint not null references resource (id) on delete cascade,
    partner_id bigint not null references partner (id),
    primary key (resource_id, partner_id)
);
create index resource_partner_partner on resource_partner (partner_id);
