-- The public counters of each campaign, kept by triggers so that every writer (the forms, the
-- API, imports, demo content) moves them, and a page reads one row instead of counting 200,000.
create table campaign_tally (
    campaign_id bigint primary key references campaign (id) on delete cascade,
    local_governments bigint not null default 0,
    people bigint not null default 0
);

insert into campaign_tally (campaign_id, local_governments, people)
select c.id,
    (select count(*) from endorsement e where e.campaign_id = c.id and e.state = 'verified'),
    (select count(*) from signature s where s.campaign_id = c.id and s.state = 'confirmed')
from campaign c;

create function campaign_tally_add(campaign bigint, lgs bigint, persons bigint) returns void
language sql as $$
    insert into campaign_tally as t (campaign_id, local_governments, people) values (campaign, lgs, persons)
    on conflict (campaign_id) do update
        set local_governments = t.local_governments + excluded.local_governments,
            people = t.people + excluded.people;
$$;

create function campaign_tally_signature() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.state = 'confirmed' then
        perform campaign_tally_add(old.campaign_id, 0, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.state = 'confirmed' then
        perform campaign_tally_add(new.campaign_id, 0, 1);
    end if;
    return null;
end;
$$;

create function campaign_tally_endorsement() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.state = 'verified' then
        perform campaign_tally_add(old.campaign_id, -1, 0);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.state = 'verified' then
        perform campaign_tally_add(new.campaign_id, 1, 0);
    end if;
    return null;
end;
$$;

-- Only changes of state (or of campaign) matter: mail bookkeeping updates leave the counters alone.
create trigger signature_tally_insert_delete after insert or delete on signature
    for each row execute function campaign_tally_signature();
create trigger signature_tally_update after update of state, campaign_id on signature
    for each row when (old.state is distinct from new.state or old.campaign_id <> new.campaign_id)
    execute function campaign_tally_signature();
create trigger endorsement_tally_insert_delete after insert or delete on endorsement
    for each row execute function campaign_tally_endorsement();
create trigger endorsement_tally_update after update of state, campaign_id on endorsement
    for each row when (old.state is distinct from new.state or old.campaign_id <> new.campaign_id)
    execute function campaign_tally_endorsement();

-- The names people chose to show, latest first, without sorting every confirmed signature.
create index signature_shown on signature (campaign_id, confirmed_at desc, id desc) where state = 'confirmed' and show_name;
