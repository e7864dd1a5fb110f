-- A gap filled by a documented method is stored as an estimate: never silently, always named.
alter table activity_datum add column estimation_method text;
comment on column activity_datum.estimation_method is 'method that estimated this datum (e.g. linear interpolation); null when measured or entered';
