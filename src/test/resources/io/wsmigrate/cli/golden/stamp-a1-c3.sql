CREATE TABLE IF NOT EXISTS ws_migrate_com_example_shop (version_num varchar(64) NOT NULL PRIMARY KEY, is_head boolean NOT NULL, checksum char(64), applied_at timestamptz NOT NULL DEFAULT pg_catalog.now(), execution_ms bigint, stamped boolean NOT NULL DEFAULT false);

BEGIN;
UPDATE ws_migrate_com_example_shop SET is_head = false WHERE version_num OPERATOR(pg_catalog.=) ANY (ARRAY['a1']);
INSERT INTO ws_migrate_com_example_shop (version_num, is_head, checksum, execution_ms, stamped) VALUES ('b2', false, '0e65176ebcea2e15e7a48f7f099a6ac180b488e6ccfc87488b4e791a35ce436a', NULL, true), ('c3', true, '1d53ebae35d16e91b72cf67665e863815dcfc489906591f9a1743e8c17ca0ddb', NULL, true);
COMMIT;
