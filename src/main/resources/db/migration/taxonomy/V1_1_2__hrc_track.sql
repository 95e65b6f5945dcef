-- The Human Rights Council's track on local government and human rights (resolutions, reports).
create table hrc_document (
    symbol varchar(40) primary key,
    issued date not null,
    date_precision varchar(10) not null default 'day',
    kind varchar(30) not null,
    title jsonb not null default '{}',
    edited_by_editor boolean not null default false,
    position int not null default 0
);
