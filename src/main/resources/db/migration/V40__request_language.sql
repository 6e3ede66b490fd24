-- The language a consultation request was written in (issue 15): the Spanish form at /es/consulta stores 'es', so the
-- desk calls back with a Spanish speaker. Every earlier request came from the English form.
alter table consultation_requests add column language varchar(5) default 'en' not null;
