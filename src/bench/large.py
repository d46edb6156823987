"""Larger schemas (`--only large`): autogenerate with no change and with 250 tables altered, at
N = 200, 1000 and 5000, on two shapes (the deep `chain` and the `hub` shape of real schemas), and
ws-migrate's `check`. A peer that crashes (Alembic dies with SIGSEGV on the 5000-deep chain) is a
result: its runs are recorded as crashed, with the time and memory it reached, and do not fail the
benchmark. See README.md."""
import statistics
import subprocess

import autogen_runs
import generate
import projects

ALTERED = 250
PG_DUMP = "/usr/lib/postgresql/15/bin/pg_dump"
PSQL = "/usr/lib/postgresql/15/bin/psql"
SIZES = "200,1000,5000"
SHAPES = "chain,hub"
CREATE_ALL = ("import importlib, sys; sys.setrecursionlimit(100000); sys.path.insert(0, '.');"
              " from sqlalchemy import create_engine;"
              " importlib.import_module('models_base').Base.metadata.create_all(create_engine(sys.argv[1]))")


def large_scenarios(args, server, results, alternate, n, shape):
    """The rows of one size and shape; alternate is bench.py's."""
    ws, al, altered = projects.make_schema_projects(args.repo, args.work, args.port, n, shape, ALTERED)
    tools = {"ws-migrate": ws, "alembic": al}
    setup_notes = {name: prepare(name, p, server, args.port, ws.db) for name, p in tools.items()}
    runs_of = autogen_runs.AutogenRuns(tools, altered)
    runs_of.keep()
    scenarios = [("autogenerate, %s: N tables, no changes" % shape, "nothing", "base"),
                 ("autogenerate, %s: %d tables altered" % (shape, len(altered)), "altered", "changed")]
    for title, message, variant in scenarios:
        runs_of.counts.clear()
        runs = alternate(args.runs, runs_of.commands(message, variant), before=runs_of.reset, after=runs_of.count)
        notes = runs_of.notes(message)
        for name, note in setup_notes.items():
            if note:
                notes[name] = "%s; %s" % (notes.get(name, ""), note) if name in notes else note
        notes["per table"] = per_table(runs, n)
        results.add(title, n, runs, notes=notes, problems=runs_of.problems(message))
        runs_of.reset_all()
    check = alternate(args.runs, [("ws-migrate", lambda: ws.command("check"))])
    results.add("check, %s: N tables, no changes" % shape, n, check,
                notes={"alembic": "Alembic 1.8 has no `check` command (1.9 added it)",
                       "per table": per_table(check, n)})


def prepare(name, project, server, port, ws_db):
    """Brings the tool's database to the N-table schema, untimed: the tool's own initial revision,
    written and applied (and kept). If Alembic fails on that, SQLAlchemy's `create_all` makes the
    tables, with no revision, or if that fails too, ws-migrate's tables are copied with pg_dump.
    Returns a note when a fallback was needed."""
    server.recreate(project.db)
    project.clear_versions()
    written = run(project.command("revision", "--autogenerate", "-m", "initial"), project.folder)
    applied = written.returncode == 0 and run(project.command("upgrade", "head"), project.folder)
    if applied and applied.returncode == 0:
        return None
    project.clear_versions()
    failed = written if written.returncode != 0 else applied
    if name != "alembic":
        raise SystemExit("%s: the initial revision failed: %s" % (name, failed.stderr[-2000:]))
    server.recreate(project.db)
    url = "postgresql+psycopg2://postgres@127.0.0.1:%d/%s" % (port, project.db)
    made = subprocess.run([projects.PYTHON, "-c", CREATE_ALL, url], cwd=project.folder,
                          capture_output=True, text=True)
    if made.returncode == 0:
        return "its own initial revision %s, so its tables were made by SQLAlchemy's create_all" % ended(failed)
    server.recreate(project.db)
    copy_tables(port, ws_db, project.db)
    return ("its own initial revision %s and SQLAlchemy's create_all %s, so its tables were copied from"
            " ws-migrate's database" % (ended(failed), ended(made)))


def copy_tables(port, source, target):
    """The tables tNNNN of database `source`, with their keys and indexes, into the empty `target`."""
    connect = ["-h", "127.0.0.1", "-p", str(port), "-U", "postgres"]
    dump = subprocess.run([PG_DUMP, "--schema-only", "--no-owner", "-t", "public.t[0-9][0-9][0-9][0-9]"]
                          + connect + ["-d", source], capture_output=True, text=True, check=True)
    subprocess.run([PSQL, "-q", "-X", "-v", "ON_ERROR_STOP=1"] + connect + ["-d", target],
                   input=dump.stdout, capture_output=True, text=True, check=True)



def run(command_env, cwd):
    command, env = command_env
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True)


def ended(done):
    """How a failed process ended, in words."""
    if done.returncode < 0:
        return "crashed (signal %d)" % -done.returncode
    return "failed (exit %d)" % done.returncode


def per_table(runs, n):
    """Median wall and CPU (user + sys) milliseconds per table of each tool's successful runs, and
    the median CPU seconds: on a loaded machine CPU time says more about linearity than wall time."""
    parts = []
    for name, tool_runs in runs.items():
        ok = [r for r in tool_runs if r.rc == 0]
        if ok:
            wall, cpu = statistics.median(r.seconds for r in ok), statistics.median(r.cpu for r in ok)
            parts.append("%s %.2f ms wall, %.2f ms CPU (%.2f s CPU)" % (name, 1000 * wall / n, 1000 * cpu / n, cpu))
    return ", ".join(parts)


def sizes_and_shapes(args):
    return ([int(s) for s in args.large_sizes.split(",")],
            [s for s in args.large_shapes.split(",") if s in generate.SHAPES])
