"""Writes the benchmark's inputs: one synthetic schema as JPA entities and as SQLAlchemy models,
its 50-table alteration, and a chain of small revisions for every tool.

Every table tNNNN has 9 columns of mixed types, a unique constraint on `code`, an index on
`name` and a foreign key `prev_id` whose target depends on the shape:

- `chain` (the default): from the second table on, to the previous table, so 1000 tables make a
  999-deep chain of references;
- `hub`: the first HUBS tables form a short chain (t0002 -> t0001, ...), every other table refers to
  one of them in turn, so no chain of references is deeper than HUBS, whatever N is: the shape of a
  real schema, where most tables point at a few central ones (accounts, tenants, products).
"""
import hashlib
import os

ALTERED = 50
HUBS = 5
SHAPES = ("chain", "hub")
# What the 50 altered tables get, in order: (kind, how many).
ALTERATIONS = [("type", 10), ("add_column", 15), ("drop_column", 10), ("not_null", 10), ("add_index", 5)]


def table(i):
    return "t%04d" % i


def parent(i, shape="chain"):
    """The number of the table that table i's `prev_id` refers to, or None."""
    if i == 1:
        return None
    if shape == "hub":
        return i - 1 if i <= HUBS else (i % HUBS) + 1
    return i - 1


def altered_tables(n, wanted=ALTERED):
    """The `wanted` tables (at most n) the alteration touches, spread evenly over 1..n, each with its
    kind; the kinds keep the proportions of ALTERATIONS (for 250: 50 type changes, 75 added columns...)."""
    count = min(wanted, n)
    step = n / count
    tables = [int(k * step) + 1 for k in range(count)]
    pattern = [kind for kind, times in ALTERATIONS for _ in range(times)]
    kinds = [pattern[k % len(pattern)] for k in range(count)]
    return dict(zip((table(i) for i in tables), kinds))


# ---------------------------------------------------------------- JPA entities

JAVA_TEMPLATE = """package bench.model;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Entity
@Table(name = "{t}",
        uniqueConstraints = @UniqueConstraint(name = "{t}_code_key", columnNames = "code"),
        indexes = {{{indexes}}})
public class {cls} {{
    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "amount", precision = 12, scale = 2{amount_null})
    private BigDecimal amount;

    @Column(name = "qty", nullable = false)
    private {qty_type} qty;

    @Column(name = "active", nullable = false)
    private Boolean active;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;
{note}{extra}
{prev}
}}
"""

JAVA_NOTE = """
    @Column(name = "note", columnDefinition = "text")
    private String note;
"""

JAVA_EXTRA = """
    @Column(name = "extra", length = 50)
    private String extra;
"""


def java_entity(i, kind=None, shape="chain"):
    t = table(i)
    target = parent(i, shape)
    indexes = ['@Index(name = "%s_name_idx", columnList = "name")' % t]
    if kind == "add_index":
        indexes.append('@Index(name = "%s_qty_idx", columnList = "qty")' % t)
    if target is None:
        prev = '    @Column(name = "prev_id")\n    private Long prevId;'
    else:
        prev = ('    @ManyToOne(fetch = FetchType.LAZY)\n'
                '    @JoinColumn(name = "prev_id", foreignKey = @ForeignKey(name = "%s_prev_fk"))\n'
                '    private %s prev;' % (t, table(target).upper()))
    return JAVA_TEMPLATE.format(
        t=t, cls=t.upper(), indexes=", ".join(indexes),
        amount_null=", nullable = false" if kind == "not_null" else "",
        qty_type="Long" if kind == "type" else "Integer",
        note="" if kind == "drop_column" else JAVA_NOTE,
        extra=JAVA_EXTRA if kind == "add_column" else "",
        prev=prev)


def write_java(folder, n, altered, shape="chain"):
    """One .java file per table; returns the list of paths (for javac)."""
    package = os.path.join(folder, "bench", "model")
    os.makedirs(package, exist_ok=True)
    paths = []
    for i in range(1, n + 1):
        path = os.path.join(package, table(i).upper() + ".java")
        with open(path, "w") as out:
            out.write(java_entity(i, altered.get(table(i)), shape))
        paths.append(path)
    return paths


# ---------------------------------------------------------------- SQLAlchemy models

PY_HEADER = """from sqlalchemy import (BigInteger, Boolean, Column, DateTime, ForeignKey, Index, Integer,
                        Numeric, String, Text, UniqueConstraint)
from sqlalchemy.orm import declarative_base

Base = declarative_base()
"""

PY_TEMPLATE = """

class {cls}(Base):
    __tablename__ = "{t}"
    __table_args__ = (
        UniqueConstraint("code", name="{t}_code_key"),
        Index("{t}_name_idx", "name"),{qty_index}
    )
    id = Column(BigInteger, primary_key=True, autoincrement=False)
    code = Column(String(40), nullable=False)
    name = Column(String(200), nullable=False)
    amount = Column(Numeric(12, 2), nullable={amount_nullable})
    qty = Column({qty_type}, nullable=False)
    active = Column(Boolean, nullable=False)
    created_at = Column(DateTime(timezone=True))
{note}{extra}    prev_id = Column(BigInteger{fk})
"""


def python_model(i, kind=None, shape="chain"):
    t = table(i)
    target = parent(i, shape)
    return PY_TEMPLATE.format(
        cls=t.upper(), t=t,
        qty_index='\n        Index("%s_qty_idx", "qty"),' % t if kind == "add_index" else "",
        amount_nullable="False" if kind == "not_null" else "True",
        qty_type="BigInteger" if kind == "type" else "Integer",
        note="" if kind == "drop_column" else "    note = Column(Text)\n",
        extra="    extra = Column(String(50))\n" if kind == "add_column" else "",
        fk="" if target is None else ', ForeignKey("%s.id", name="%s_prev_fk")' % (table(target), t))


def write_python(path, n, altered, shape="chain"):
    with open(path, "w") as out:
        out.write(PY_HEADER)
        for i in range(1, n + 1):
            out.write(python_model(i, altered.get(table(i)), shape))


# ---------------------------------------------------------------- revision chains

def revision_id(i):
    return hashlib.sha1(("bench revision %d" % i).encode()).hexdigest()[:12]


def small_table(i):
    return "r%04d" % i


# A chain revision's header and its table's key, shared by both shapes.
WS_REVISION_START = """revision: {rev}
down_revision: {down}
branch_labels: []
depends_on: []
message: create {t}
create_date: 2026-01-01T00:00:00Z
transactional: true

upgrade:
  - createTable:
      tableName: {t}
      columns:
        - column: {{name: id, type: bigint, constraints: {{primaryKey: true, primaryKeyName: {t}_pkey, nullable: false}}}}
"""

WS_REVISION = WS_REVISION_START + """        - column: {{name: name, type: character varying(100), constraints: {{nullable: false}}}}

downgrade:
  - dropTable: {{tableName: {t}}}
"""

# The Alembic revision's header and its table's key, shared by both shapes.
ALEMBIC_REVISION_START = '''"""create {t}"""
from alembic import op
import sqlalchemy as sa

revision = "{rev}"
down_revision = {down}
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("{t}",
                    sa.Column("id", sa.BigInteger(), nullable=False),
'''

ALEMBIC_REVISION = ALEMBIC_REVISION_START + '''                    sa.Column("name", sa.String(length=100), nullable=False),
                    sa.PrimaryKeyConstraint("id", name="{t}_pkey"))


def downgrade():
    op.drop_table("{t}")
'''


# The keyed shape: each revision as autogenerate writes a new entity with a check, a unique key, an
# index and a reference to the previous revision's table (the first references none), which are the
# entries real revisions hold besides their tables.
WS_KEYED_REVISION = WS_REVISION_START + """        - column: {{name: code, type: character varying(40), constraints: {{nullable: false}}}}
        - column: {{name: amount, type: integer}}
        - column: {{name: parent_id, type: bigint}}

  - sql: ALTER TABLE {t} ADD CONSTRAINT {t}_amount_check CHECK ((amount >= 0))

  - addUniqueConstraint: {{tableName: {t}, columnNames: code, constraintName: {t}_code_key}}

  - createIndex:
      tableName: {t}
      indexName: {t}_parent_idx
      columns:
        - column: {{name: parent_id}}
{reference}
downgrade:
  - dropTable: {{tableName: {t}}}
"""

WS_KEYED_REFERENCE = """
  - addForeignKeyConstraint:
      baseTableName: {t}
      constraintName: {t}_parent_fk
      baseColumnNames: parent_id
      referencedTableName: {parent}
      referencedColumnNames: id
"""

ALEMBIC_KEYED_REVISION = ALEMBIC_REVISION_START + '''                    sa.Column("code", sa.String(length=40), nullable=False),
                    sa.Column("amount", sa.Integer(), nullable=True),
                    sa.Column("parent_id", sa.BigInteger(), nullable=True),
                    sa.PrimaryKeyConstraint("id", name="{t}_pkey"))
    op.create_check_constraint("{t}_amount_check", "{t}", "amount >= 0")
    op.create_unique_constraint("{t}_code_key", "{t}", ["code"])
    op.create_index("{t}_parent_idx", "{t}", ["parent_id"])
{reference}

def downgrade():
    op.drop_table("{t}")
'''

ALEMBIC_KEYED_REFERENCE = '''    op.create_foreign_key("{t}_parent_fk", "{t}", "{parent}", ["parent_id"], ["id"])
'''


def write_revision_chains(ws_versions, alembic_versions, count, shape="small"):
    """`count` revisions, each creating one table (keyed: with its keys, see above), for both tools."""
    for i in range(1, count + 1):
        rev, t = revision_id(i), small_table(i)
        down = revision_id(i - 1) if i > 1 else None
        parent = small_table(i - 1) if i > 1 else None
        if shape == "keyed":
            ws_text = WS_KEYED_REVISION.format(rev=rev, down=down or "null", t=t,
                                               reference=WS_KEYED_REFERENCE.format(t=t, parent=parent) if parent else "")
            al_text = ALEMBIC_KEYED_REVISION.format(
                rev=rev, down='"%s"' % down if down else "None", t=t,
                reference=ALEMBIC_KEYED_REFERENCE.format(t=t, parent=parent) if parent else "")
        else:
            ws_text = WS_REVISION.format(rev=rev, down=down or "null", t=t)
            al_text = ALEMBIC_REVISION.format(rev=rev, down='"%s"' % down if down else "None", t=t)
        with open(os.path.join(ws_versions, "%s_create_%s.yaml" % (rev, t)), "w") as out:
            out.write(ws_text)
        with open(os.path.join(alembic_versions, "%s_create_%s.py" % (rev, t)), "w") as out:
            out.write(al_text)


def create_small_table_sql(i, shape="small"):
    """The DDL of revision i, as SQL: what every tool's revision i creates."""
    t = small_table(i)
    if shape != "keyed":
        return ("CREATE TABLE %s (id bigint NOT NULL, name character varying(100) NOT NULL,"
                " CONSTRAINT %s_pkey PRIMARY KEY (id));\n" % (t, t))
    sql = ("CREATE TABLE {t} (id bigint NOT NULL, code character varying(40) NOT NULL, amount integer,"
           " parent_id bigint, CONSTRAINT {t}_pkey PRIMARY KEY (id));\n"
           "ALTER TABLE {t} ADD CONSTRAINT {t}_amount_check CHECK ((amount >= 0));\n"
           "ALTER TABLE {t} ADD CONSTRAINT {t}_code_key UNIQUE (code);\n"
           "CREATE INDEX {t}_parent_idx ON {t} (parent_id);\n").format(t=t)
    if i > 1:
        sql += ("ALTER TABLE {t} ADD CONSTRAINT {t}_parent_fk FOREIGN KEY (parent_id)"
                " REFERENCES {parent} (id);\n").format(t=t, parent=small_table(i - 1))
    return sql


def floor_sql(path, count, shape="small"):
    """What the chain runs, as one psql script: the DDL and a version-row update per revision."""
    with open(path, "w") as out:
        out.write("CREATE TABLE bench_version (version_num varchar(32) NOT NULL PRIMARY KEY);\n")
        for i in range(1, count + 1):
            out.write(create_small_table_sql(i, shape))
            if i == 1:
                out.write("INSERT INTO bench_version VALUES ('%s');\n" % revision_id(i))
            else:
                out.write("UPDATE bench_version SET version_num = '%s' WHERE version_num = '%s';\n"
                          % (revision_id(i), revision_id(i - 1)))


# A changeset's header and its table's key, shared by both shapes.
LIQUIBASE_CHANGESET_START = """  - changeSet:
      id: "{rev}"
      author: bench
      changes:
        - createTable:
            tableName: {t}
            columns:
              - column: {{name: id, type: bigint, constraints: {{primaryKey: true, primaryKeyName: {t}_pkey, nullable: false}}}}
"""

LIQUIBASE_CHANGESET = LIQUIBASE_CHANGESET_START + """              - column: {{name: name, type: character varying(100), constraints: {{nullable: false}}}}
"""


LIQUIBASE_KEYED_CHANGESET = LIQUIBASE_CHANGESET_START + """              - column: {{name: code, type: character varying(40), constraints: {{nullable: false}}}}
              - column: {{name: amount, type: integer}}
              - column: {{name: parent_id, type: bigint}}
        - sql: ALTER TABLE {t} ADD CONSTRAINT {t}_amount_check CHECK ((amount >= 0))
        - addUniqueConstraint: {{tableName: {t}, columnNames: code, constraintName: {t}_code_key}}
        - createIndex: {{tableName: {t}, indexName: {t}_parent_idx, columns: [{{column: {{name: parent_id}}}}]}}
"""

LIQUIBASE_KEYED_REFERENCE = """        - addForeignKeyConstraint: {{baseTableName: {t}, constraintName: {t}_parent_fk, baseColumnNames: parent_id,
            referencedTableName: {parent}, referencedColumnNames: id}}
"""


def liquibase_changelog(path, count, shape="small"):
    """The same chain as one Liquibase changelog: a changeset per revision."""
    with open(path, "w") as out:
        out.write("databaseChangeLog:\n")
        for i in range(1, count + 1):
            t = small_table(i)
            if shape != "keyed":
                out.write(LIQUIBASE_CHANGESET.format(rev=revision_id(i), t=t))
                continue
            out.write(LIQUIBASE_KEYED_CHANGESET.format(rev=revision_id(i), t=t))
            if i > 1:
                out.write(LIQUIBASE_KEYED_REFERENCE.format(t=t, parent=small_table(i - 1)))


def flyway_migrations(folder, count, shape="small"):
    """The same chain as Flyway versioned migrations: V1__create_r0001.sql ... one file per revision."""
    os.makedirs(folder, exist_ok=True)
    for i in range(1, count + 1):
        with open(os.path.join(folder, "V%d__create_%s.sql" % (i, small_table(i))), "w") as out:
            out.write(create_small_table_sql(i, shape))
