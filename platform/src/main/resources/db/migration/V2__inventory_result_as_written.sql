-- Keep the inventory result exactly as the engine wrote it (key order and number format), so that
-- the first and every later response of a version are byte for byte the same; json, not jsonb.
alter table inventory_version alter column result type json using result::json;
