-- Resources keep their rights tags with them (their search index facets on them), with the
-- framework of each article so that framework facets need no lookup.
create table resource_article (
    resource_id bigint not null references resource (id) on delete cascade,
    article_id bigint not null references article (id),
    framework_code varchar(20) not null,
    primary key (resource_id, article_id)
);
create index resource_article_article on resource_article (article_id);
insert into resource_article (resource_id, article_id, framework_code)
select t.item_id, t.article_id, f.code
from taxonomy_tag t join article a on a.id = t.article_id join framework f on f.id = a.framework_id
where t.item_type = 'resource';
delete from taxonomy_tag where item_type = 'resource';
