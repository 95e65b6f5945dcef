-- Which layout of the resource index the search index was last built with: a new layout rebuilds it at start.
create table search_index_layout (
    name varchar(40) primary key,
    version int not null
);
