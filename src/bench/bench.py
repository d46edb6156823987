"""ws-migrate against Alembic on the same schema, the same database server and the same scenarios,
alternating the tools run by run. Started by run.sh, which provides the server; see README.md."""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import psycopg2

import autogen_runs
import large
import projects
import report

PSQL = "/usr/lib/postgresql/15/bin/psql"


class Server:
    def __init__(self, port):
        self.port = port

    def recreate(self, db):
        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres")
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("DROP DATABASE IF EXISTS %s" % db)
            cur.execute("CREATE DATABASE %s" % db)
        conn.close()

    def count(self, db, sql):
        """The single number a counting query returns in database `db`."""
        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=db)
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
                return cur.fetchone()[0]
        finally:
            conn.close()


class Run:
    """One timed cold process: wall seconds, peak RSS (MiB), exit code, output, and the signal that
    ended it (None unless it crashed)."""

    def __init__(self, seconds, rss, rc, out, err, signal=None, cpu=None):
        self.seconds, self.rss, self.rc, self.out, self.err = seconds, rss, rc, out, err
        self.signal, self.cpu = signal, cpu


def measure(command, env=None, cwd=None):
    with tempfile.NamedTemporaryFile(suffix=".time") as stats:
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-v", "-o", stats.name] + command, env=env, cwd=cwd,
                              capture_output=True, text=True)
        seconds = time.perf_counter() - start
        rss, signal, cpu = 0.0, None, 0.0
        for line in open(stats.name):
            if "Maximum resident set size" in line:
                rss = int(line.split(":")[1]) / 1024.0
            elif line.startswith("Command terminated by signal"):
                signal = int(line.split()[-1])
            elif "User time (seconds)" in line or "System time (seconds)" in line:
                cpu += float(line.split(":")[1])
    return Run(seconds, rss, done.returncode, done.stdout, done.stderr, signal, cpu)


class Results:
    def __init__(self):
        self.rows = []
        self.failures = []  # what makes the benchmark run fail: a failed run, an outcome check

    def add(self, scenario, size, runs, notes=None, spread=False, problems=(), allowed_failures=()):
        """runs: tool name -> list of Run. spread: the row also reports each run's ratio (paired by
        alternation), min and max. problems: outcome checks that did not hold. allowed_failures:
        tools whose failed runs are a result to report, not a broken run (a peer's crash by a signal
        always is)."""
        summary = {}
        for tool, tool_runs in runs.items():
            ok = [r for r in tool_runs if r.rc == 0]
            failed = len(tool_runs) - len(ok)
            summary[tool] = {
                "median": statistics.median(r.seconds for r in ok) if ok else None,
                "rss": statistics.median(r.rss for r in ok) if ok else None,
                "cpu": statistics.median(r.cpu for r in ok) if ok else None,
                "failed": failed,
                "error": next((tail(r) for r in tool_runs if r.rc != 0), None),
                # the first run after the project was laid out: nothing remembered yet
                "first": tool_runs[0].seconds if tool_runs and tool_runs[0].rc == 0 else None,
                "seconds": [r.seconds if r.rc == 0 else None for r in tool_runs],
                "crashed": crashes(tool_runs),
            }
            # a peer crashing (a signal, e.g. Alembic's SIGSEGV on a 5000-deep chain) is a result to report
            peer_crash = tool != "ws-migrate" and all(r.signal for r in tool_runs if r.rc != 0)
            if failed and tool not in allowed_failures and not peer_crash:
                self.failures.append("%s: %s failed %d of %d runs: %s" % (
                    scenario, tool, failed, len(tool_runs), summary[tool]["error"]))
        self.failures.extend("%s: %s" % (scenario, problem) for problem in problems)
        self.rows.append({"scenario": scenario, "size": size, "tools": summary, "notes": notes or {},
                          "spread": spread})
        report.progress(self.rows[-1])


def crashes(runs):
    """Runs ended by a signal, as (signal name, median seconds, median peak MiB), or None."""
    crashed = [r for r in runs if r.signal]
    if not crashed:
        return None
    name = {11: "SIGSEGV", 6: "SIGABRT", 9: "SIGKILL"}.get(crashed[0].signal, "signal %d" % crashed[0].signal)
    return (name, statistics.median(r.seconds for r in crashed), statistics.median(r.rss for r in crashed))


def tail(run):
    text = (run.err or run.out or "").strip().splitlines()
    return " ".join(text[-3:])[:300]


def alternate(runs, tools, before=None, after=None, cwd=None):
    """Runs every tool `runs` times, alternating them and which goes first; returns name -> runs."""
    results = {name: [] for name, _ in tools}
    for i in range(runs):
        order = tools if i % 2 == 0 else list(reversed(tools))
        for name, command in order:
            if before:
                before(name)
            command_line, env = command()
            run = measure(command_line, env, cwd)
            results[name].append(run)
            if after:
                after(name, run)
    return results


def schema_scenarios(args, server, results, n):
    ws, al, altered = projects.make_schema_projects(args.repo, args.work, args.port, n)
    tools = {"ws-migrate": ws, "alembic": al}
    runs_of = autogen_runs.AutogenRuns(tools, altered)
    for p in tools.values():
        server.recreate(p.db)
        p.clear_versions()
    scenarios = [("autogenerate: empty DB → N tables", "initial", "base"),
                 ("autogenerate: N tables, no changes", "nothing", "base"),
                 ("autogenerate: %d tables altered" % len(altered), "altered", "changed")]
    for title, message, variant in scenarios:
        runs_of.counts.clear()
        runs = alternate(args.runs, runs_of.commands(message, variant), before=runs_of.reset, after=runs_of.count)
        results.add(title, n, runs, notes=runs_of.notes(message), problems=runs_of.problems(message))
        if message == "initial":
            apply_initial(tools)
            runs_of.keep()
        runs_of.reset_all()


def apply_initial(tools):
    """Upgrades each tool's database with the initial revision it wrote, untimed."""
    for name, p in tools.items():
        command, env = p.command("upgrade", "head")
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode != 0 or len(p.revision_files()) != 1:
            raise SystemExit("%s: applying the initial revision failed: %s" % (name, done.stderr[-2000:]))


# What a complete upgrade of the chain leaves behind, beyond its tables: the tool's own history rows.
CHAIN_TABLES = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^r[0-9]{4}$'"
HISTORY_ROWS = {
    "liquibase": "SELECT count(*) FROM databasechangelog",
    "flyway": "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL",
}


def check_chain(server, dbs, count):
    """An `after` hook: a run that exited 0 without applying all `count` revisions counts as failed."""
    def check(name, run):
        if run.rc != 0:
            return
        found = {"tables": server.count(dbs[name], CHAIN_TABLES)}
        if name in HISTORY_ROWS:
            found["history rows"] = server.count(dbs[name], HISTORY_ROWS[name])
        short = ["%d %s" % (n, what) for what, n in found.items() if n != count]
        if short:
            run.rc = -1
            run.err = "exited 0 but left %s, expected %d" % (" and ".join(short), count)
    return check


def chain_scenarios(args, server, results):
    def named(title):
        """The keyed shape's rows say so: their revisions hold a table's keys besides the table."""
        if args.chain_shape != "keyed":
            return title
        return title.replace(" revisions", " keyed revisions").replace(" applied", " keyed revisions applied")

    ws, al, floor = projects.make_chain_projects(args.repo, args.work, args.port, args.revisions, args.chain_shape)
    # the cold deploy: a fresh checkout or container, nothing remembered (see README.md)
    ws_cold, al_cold = projects.copy_chain_projects(args.repo, args.work, args.port, ws, al, "cold")
    ws_jar, _ = projects.copy_chain_projects(args.repo, args.work, args.port, ws, al, "jar")
    ws_jar_cold, _ = projects.copy_chain_projects(args.repo, args.work, args.port, ws, al, "jar_cold")
    jar = projects.release_jar(args.repo)
    fresh_cds = os.path.join(args.work, "cds-cold")
    no_cds = os.path.join(args.work, "cds-none")
    ws_no_cds, _ = projects.copy_chain_projects(args.repo, args.work, args.port, ws, al, "no_cds")
    ws_container, _ = projects.copy_chain_projects(args.repo, args.work, args.port, ws, al, "container")
    # the same three deploys with --single-transaction: the whole run in one transaction, as Alembic's
    ws_cold_one, _ = projects.copy_chain_projects(args.repo, args.work, args.port, ws, al, "cold_one")
    ws_jar_cold_one, _ = projects.copy_chain_projects(args.repo, args.work, args.port, ws, al, "jar_cold_one")
    ws_container_one, _ = projects.copy_chain_projects(args.repo, args.work, args.port, ws, al, "container_one")
    fresh_cds_one = os.path.join(args.work, "cds-cold-one")
    one = "--single-transaction"
    # what an image build does once (docs/production.md): the jar's archive, from an offline training run
    container_env = projects.container_archive(jar, ws_container, os.path.join(args.work, "container.jsa"))
    floor_db, liquibase_db, flyway_db = "floor_chain", "liquibase_chain", "flyway_chain"
    chain_folder = os.path.dirname(floor)
    tools = [
        ("ws-migrate", lambda: ws.command("upgrade", "head")),
        ("ws-migrate cold", lambda: cold_launcher(ws_cold.command("upgrade", "head"), fresh_cds)),
        ("ws-migrate cold, no archive", lambda: cold_launcher(ws_no_cds.command("upgrade", "head"), no_cds)),
        ("ws-migrate jar cold", lambda: ws_jar_cold.jar_command(jar, "upgrade", "head")),
        ("ws-migrate jar container", lambda: (ws_container.jar_command(jar, "upgrade", "head")[0], container_env)),
        ("ws-migrate jar", lambda: ws_jar.jar_command(jar, "upgrade", "head")),
        ("ws-migrate cold, one transaction",
         lambda: cold_launcher(ws_cold_one.command("upgrade", "head", one), fresh_cds_one)),
        ("ws-migrate jar cold, one transaction", lambda: ws_jar_cold_one.jar_command(jar, "upgrade", "head", one)),
        ("ws-migrate jar container, one transaction",
         lambda: (ws_container_one.jar_command(jar, "upgrade", "head", one)[0], container_env)),
        ("alembic", lambda: al.command("upgrade", "head")),
        ("alembic cold", lambda: al_cold.command("upgrade", "head")),
        ("psql -1 -f", lambda: ([PSQL, "-q", "-X", "-1", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                                 "-p", str(args.port), "-U", "postgres", "-d", floor_db, "-f", floor], None)),
    ]
    if not args.no_liquibase:
        tools.append(("liquibase", lambda: (projects.liquibase_command(args.repo, args.port,
                                                                       liquibase_db), None)))
    if not args.no_flyway:
        flyway_folder = os.path.join(chain_folder, "flyway")
        tools.append(("flyway", lambda: (projects.flyway_command(args.repo, args.port, flyway_db,
                                                                 flyway_folder), None)))
    dbs = {"ws-migrate": ws.db, "ws-migrate cold": ws_cold.db, "ws-migrate cold, no archive": ws_no_cds.db,
           "ws-migrate jar": ws_jar.db, "ws-migrate jar cold": ws_jar_cold.db,
           "ws-migrate jar container": ws_container.db, "alembic": al.db, "alembic cold": al_cold.db,
           "psql -1 -f": floor_db, "liquibase": liquibase_db, "flyway": flyway_db,
           "ws-migrate cold, one transaction": ws_cold_one.db, "ws-migrate jar cold, one transaction": ws_jar_cold_one.db,
           "ws-migrate jar container, one transaction": ws_container_one.db}
    # a fresh checkout after `mvn package` has the archives the build wrote, and nothing else
    build_cds = projects.build_archives(args.repo, os.path.join(args.work, "cds-build"))
    forget = {"ws-migrate cold": lambda: (ws_cold.forget(), reset_folder(fresh_cds, build_cds)),
              "ws-migrate cold, no archive": lambda: (ws_no_cds.forget(), reset_folder(no_cds, None)),
              "ws-migrate jar cold": ws_jar_cold.forget, "ws-migrate jar container": ws_container.forget,
              "alembic cold": al_cold.forget,
              "ws-migrate cold, one transaction": lambda: (ws_cold_one.forget(), reset_folder(fresh_cds_one, build_cds)),
              "ws-migrate jar cold, one transaction": ws_jar_cold_one.forget,
              "ws-migrate jar container, one transaction": ws_container_one.forget}

    def before(name):
        server.recreate(dbs[name])
        forget.get(name, lambda: None)()

    runs = alternate(args.runs, tools, before=before, after=check_chain(server, dbs, args.revisions), cwd=chain_folder)
    peers = {name: runs[name] for name in ("psql -1 -f", "liquibase", "flyway") if name in runs}
    size = args.revisions
    for title, ws_runs, al_runs in (
            ("upgrade: %d revisions, fresh DB" % size, "ws-migrate", "alembic"),
            ("cold deploy, launcher, nothing remembered (the build's archives): upgrade %d revisions, fresh DB" % size,
             "ws-migrate cold", "alembic cold"),
            ("cold deploy, launcher, nothing remembered, no archive: upgrade %d revisions, fresh DB" % size,
             "ws-migrate cold, no archive", "alembic cold"),
            ("cold deploy, release jar (`java -jar`, JVM defaults), nothing remembered: upgrade %d revisions, fresh DB" % size,
             "ws-migrate jar cold", "alembic cold"),
            ("cold deploy, release jar in a container (`JDK_JAVA_OPTIONS` of docs/production.md, the image's"
             " archive), nothing remembered: upgrade %d revisions, fresh DB" % size,
             "ws-migrate jar container", "alembic cold"),
            ("release jar (`java -jar`), steps remembered: upgrade %d revisions, fresh DB" % size,
             "ws-migrate jar", "alembic"),
            ("cold deploy in one transaction (`--single-transaction`, as Alembic's run), launcher, the build's"
             " archives: upgrade %d revisions, fresh DB" % size, "ws-migrate cold, one transaction", "alembic cold"),
            ("cold deploy in one transaction, release jar (`java -jar`, JVM defaults): upgrade %d revisions,"
             " fresh DB" % size, "ws-migrate jar cold, one transaction", "alembic cold"),
            ("cold deploy in one transaction, release jar in a container: upgrade %d revisions, fresh DB" % size,
             "ws-migrate jar container, one transaction", "alembic cold")):
        results.add(named(title), size, dict(peers, **{"ws-migrate": runs[ws_runs], "alembic": runs[al_runs]}))
    both = [("ws-migrate", lambda: ws.command("upgrade", "head")), ("alembic", lambda: al.command("upgrade", "head"))]
    results.add(named("upgrade head: no-op, %d applied" % size), size, alternate(args.runs, both), spread=True)
    for command in ("current", "heads", "history"):
        pair = [("ws-migrate", lambda c=command: ws.command(c)), ("alembic", lambda c=command: al.command(c))]
        results.add(named("%s: %d revisions" % (command, size)), size, alternate(args.runs, pair), spread=True)


def reset_folder(folder, source):
    """Empties `folder`, then copies `source`'s files into it (times kept: the launcher compares them)."""
    shutil.rmtree(folder, ignore_errors=True)
    if source:
        shutil.copytree(source, folder)
    else:
        os.makedirs(folder)


def cold_launcher(command, cds_folder):
    """bin/ws-migrate as a fresh checkout runs it, with the class-data archives in `cds_folder` only
    (the build's, or none: then it writes its own there, so the other rows keep theirs)."""
    command_line, env = command
    return command_line, dict(env or os.environ, WS_MIGRATE_CDS_DIR=cds_folder)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--sizes", default="50,200,1000")
    parser.add_argument("--revisions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="schema,chain", help="schema, chain, large (not in the default)")
    parser.add_argument("--large-sizes", default=large.SIZES, help="N of the large scenarios")
    parser.add_argument("--large-shapes", default=large.SHAPES, help="chain, hub")
    parser.add_argument("--chain-shape", default="small", choices=("small", "keyed"),
                        help="the revisions of the chain: a table each, or a table with a check, a unique key,"
                             " an index and a foreign key to the previous one, as autogenerate writes them")
    parser.add_argument("--no-liquibase", action="store_true", help="skip Liquibase's CLI in the upgrade scenario")
    parser.add_argument("--no-flyway", action="store_true", help="skip Flyway in the upgrade scenario")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    # a stale build fails the launcher instead of building inside a timed run (run.sh built it)
    os.environ["WS_MIGRATE_BUILD"] = "never"
    server = Server(args.port)
    results = Results()
    load_before = report.loadavg()
    started = time.time()
    only = args.only.split(",")
    if "schema" in only:
        for n in (int(s) for s in args.sizes.split(",")):
            schema_scenarios(args, server, results, n)
    if "chain" in only:
        chain_scenarios(args, server, results)
    if "large" in only:
        sizes, shapes = large.sizes_and_shapes(args)
        for n in sizes:
            for shape in shapes:
                large.large_scenarios(args, server, results, alternate, n, shape)
    text = report.markdown(results.rows, args, load_before, report.loadavg(), time.time() - started)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as out:
        out.write(text)
    sys.stdout.write("\n" + text)
    if results.failures:
        sys.stderr.write("bench: FAILED, the table above does not stand:\n")
        for failure in results.failures:
            sys.stderr.write("  " + failure + "\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
