CREATE TABLE IF NOT EXISTS ws_migrate_com_example_shop (version_num varchar(64) NOT NULL PRIMARY KEY, is_head boolean NOT NULL, checksum char(64), applied_at timestamptz NOT NULL DEFAULT pg_catalog.now(), execution_ms bigint, stamped boolean NOT NULL DEFAULT false);

BEGIN;
INSERT INTO ws_migrate_com_example_shop (version_num, is_head, checksum, execution_ms, stamped) VALUES ('a1', false, 'ac78f5a7899afb246ea1326b673d3436714378b8c0e17ad8a871edbaf24880de', NULL, true), ('b2', true, '0e65176ebcea2e15e7a48f7f099a6ac180b488e6ccfc87488b4e791a35ce436a', NULL, true);
COMMIT;
