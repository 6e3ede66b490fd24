create table note (id bigint primary key, text varchar(200));
