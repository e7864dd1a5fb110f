-- A datum is corrected at most once; its correction may be corrected in turn (a chain, never a fork).
create unique index activity_datum_one_correction on activity_datum (corrects_id) where corrects_id is not null;
