CREATE TABLE IF NOT EXISTS ws_migrate_com_example_shop (version_num varchar(64) NOT NULL PRIMARY KEY, is_head boolean NOT NULL, checksum char(64), applied_at timestamptz NOT NULL DEFAULT pg_catalog.now(), execution_ms bigint, stamped boolean NOT NULL DEFAULT false);

-- Running downgrade c3 -> b2, Add name
BEGIN;
ALTER TABLE customer DROP COLUMN name;
DELETE FROM ws_migrate_com_example_shop WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['c3']);
UPDATE ws_migrate_com_example_shop SET is_head = true WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['b2']);
COMMIT;

-- Running downgrade b2 -> a1, Index email
-- non-transactional revision: statements run one by one
DROP INDEX CONCURRENTLY ix_customer_email;
BEGIN;
DELETE FROM ws_migrate_com_example_shop WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['b2']);
UPDATE ws_migrate_com_example_shop SET is_head = true WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['a1']);
COMMIT;

-- Running downgrade a1 -> base, Create customer
BEGIN;
DROP TABLE customer;
DELETE FROM ws_migrate_com_example_shop WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['a1']);
COMMIT;

