package io.wsmigrate.script;

/** The README that {@code ws-migrate init} puts in a new scripts folder: the user's reference for the file format. */
final class ScriptFolderReadme {
    static final String TEXT = """
            ws-migrate scripts folder
            =========================

            This folder holds the database revisions of one Java package, like an Alembic
            migration environment.

              README        this file
              versions/     one YAML file per revision: <id>_<slug of message>.yaml

            Commands
            --------
              ws-migrate revision -m "add offer" --autogenerate   new revision from entity changes
              ws-migrate revision -m "backfill prices"            new empty revision to write by hand
              ws-migrate upgrade head                             apply every pending revision
              ws-migrate downgrade -1                             revert the latest revision
              ws-migrate current | history | heads                where the database and the graph stand
              ws-migrate merge heads -m "merge"                   join two branches
              ws-migrate stamp head                               record a version without running it
            Run `ws-migrate --help` for every command and option.

            Revision files
            --------------
            A revision file is data, not code:

              # Add offer                                  <- comments: free text, ignored
              #
              # Revision ID: 3f2a9c1b7d0e
              # Revises: 1a2b3c4d5e6f
              # Create Date: 2026-11-27 08:00:00 UTC
              revision: 3f2a9c1b7d0e                       <- this revision's id
              down_revision: 1a2b3c4d5e6f                  <- parent: null for a base, a list for a merge
              branch_labels: []                            <- optional names for a branch
              depends_on: []                               <- optional revisions to apply first
              message: Add offer
              create_date: 2026-11-27T08:00:00Z
              transactional: true                          <- optional, default true
              upgrade:
                - createTable:
                    tableName: offer
                    columns:
                      - column: {name: id, type: bigint, constraints: {primaryKey: true}}
              downgrade:
                - dropTable: {tableName: offer}

            The entries of upgrade and downgrade use Liquibase's change vocabulary
            (createTable, addColumn, createIndex, addForeignKeyConstraint, sql, ...). Each entry is
            one change; `- sql: "..."` is short for `- sql: {sql: "..."}`. Downgrade undoes upgrade.
            Each revision runs in one transaction; set `transactional: false` for statements that
            cannot run in one, such as CREATE INDEX CONCURRENTLY.

            Keep the header keys above upgrade and downgrade. Quote text that YAML would read as
            something else: '0010', 'yes', 'no', 'on', 'off', 'null'.

            The checksum of a revision covers upgrade, downgrade and transactional only, so you may
            edit comments and the message of an applied revision; any change to what it runs
            changes its checksum.
            """;

    private ScriptFolderReadme() {
    }
}
