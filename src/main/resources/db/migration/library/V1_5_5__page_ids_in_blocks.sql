-- Page ids are taken fifty at a time, so that the pages of a batch of documents are inserted in JDBC batches.
alter table resource_file_page alter column id drop identity;
create sequence resource_file_page_ids increment by 50 owned by resource_file_page.id;
select setval('resource_file_page_ids', coalesce((select max(id) from resource_file_page), 0) + 1, false);
alter table resource_file_page alter column id set default nextval('resource_file_page_ids');
