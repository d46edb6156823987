"""The benchmark's Markdown report: the machine, the load, and one row per scenario."""
import os
import platform
import subprocess
import sys

import projects


def loadavg():
    return open("/proc/loadavg").read().split()[:3]


def _first_line(command):
    try:
        done = subprocess.run(command, capture_output=True, text=True)
        return (done.stdout or done.stderr).strip().splitlines()[0]
    except (OSError, IndexError):
        return "unknown"


def machine():
    cpu = "unknown"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kib = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    return [
        ("cores (nproc)", str(os.cpu_count())),
        ("CPU", cpu),
        ("RAM", "%.1f GiB" % (mem_kib / 1024 / 1024)),
        ("OS", platform.platform()),
        ("PostgreSQL", _first_line(["/usr/lib/postgresql/15/bin/postgres", "--version"]) + " (fsync off)"),
        ("JDK", _first_line(["java", "-version"])),
        ("JDK of ws-migrate (WS_MIGRATE_JAVA_HOME)", _first_line([projects.WS_JAVA, "-version"])),
        ("Alembic", _first_line(["/usr/bin/python3", "-c",
                                 "import alembic, sqlalchemy, sys; print('Alembic', alembic.__version__,"
                                 " '/ SQLAlchemy', sqlalchemy.__version__, '/ Python', sys.version.split()[0])"])),
    ]


def _seconds(summary):
    if summary is None:
        return "–"
    if summary["median"] is None and summary.get("crashed"):
        signal, seconds, mib = summary["crashed"]
        return "crashed: %s after %.1f s, %.0f MiB" % (signal, seconds, mib)
    if summary["median"] is None:
        return "FAIL"
    text = "%.2f s" % summary["median"]
    return text + (" (%d failed)" % summary["failed"] if summary["failed"] else "")


def _mib(summary):
    return "–" if summary is None or summary["rss"] is None else "%.0f" % summary["rss"]


def _ratio(ws, other):
    if not ws or not other or ws["median"] is None or other["median"] is None:
        return "–"
    return "%.2f×" % (other["median"] / ws["median"])


def row_cells(row):
    tools = row["tools"]
    ws, al, floor = tools.get("ws-migrate"), tools.get("alembic"), tools.get("psql -1 -f")
    liquibase, flyway = tools.get("liquibase"), tools.get("flyway")
    notes = ["%s: %s" % (name, note) for name, note in row["notes"].items()]
    if floor:
        notes.append("psql -1 -f floor: %s; ws-migrate takes %s the floor, Alembic %s" % (
            _seconds(floor), _ratio(floor, ws), _ratio(floor, al)))
    if floor and ws and al and ws["first"] is not None and al["first"] is not None:
        notes.append("first runs, nothing remembered yet (ws-migrate's compiled steps, Alembic's __pycache__): "
                     "ws-migrate %.2f s, Alembic %.2f s" % (ws["first"], al["first"]))
    if liquibase:
        notes.append("Liquibase 4.33 CLI: %s, %s MiB (Liquibase ÷ ws-migrate %s)" % (
            _seconds(liquibase), _mib(liquibase), _ratio(ws, liquibase)))
    if flyway:
        notes.append("Flyway (API `migrate`): %s, %s MiB (Flyway ÷ ws-migrate %s)" % (
            _seconds(flyway), _mib(flyway), _ratio(ws, flyway)))
    if ws and al and ws.get("cpu") is not None and al.get("cpu") is not None:
        notes.append("CPU (user + sys, median): ws-migrate %.2f s, Alembic %.2f s (%.2f×)" % (
            ws["cpu"], al["cpu"], al["cpu"] / ws["cpu"] if ws["cpu"] else 0.0))
    if row.get("spread") and ws and al:
        notes.append(_spread(ws, al))
    for name, summary in tools.items():
        if summary["error"]:
            notes.append("%s error: %s" % (name, summary["error"]))
    return [row["scenario"], str(row["size"]), _seconds(ws), _seconds(al), _ratio(ws, al),
            _mib(ws), _mib(al), "; ".join(notes)]


def _spread(ws, al):
    """Every run, not only the median: each tool's fastest and slowest, and the ratio of each pair of
    runs (run i of both tools, which alternate) at its lowest and highest."""
    pairs = [a / w for w, a in zip(ws["seconds"], al["seconds"]) if w and a]
    runs = lambda s: [x for x in s["seconds"] if x is not None] or [0.0]
    text = "spread: ws-migrate %.2f–%.2f s, Alembic %.2f–%.2f s" % (
        min(runs(ws)), max(runs(ws)), min(runs(al)), max(runs(al)))
    if pairs:
        text += "; Alembic ÷ ws-migrate run by run %.2f–%.2f×" % (min(pairs), max(pairs))
    return text


HEADER = ["scenario", "N", "ws-migrate", "Alembic", "Alembic ÷ ws-migrate", "ws-migrate MiB", "Alembic MiB", "notes"]


def _flyway_footer(rows, version):
    if not any("flyway" in row["tools"] for row in rows):
        return ("Flyway was not measured in this run (`--no-flyway`, or its jars could not be fetched:"
                " see run.sh's output).")
    return ("Flyway is flyway-core %s with flyway-database-postgresql, run through its Java API"
            " (`Flyway.configure().dataSource(...).locations(\"filesystem:...\").load().migrate()`, the bench's"
            " `FlywayMigrate` main, a cold JVM with default options), not its command-line runner, whose"
            " jar needs modules that are not available here; one `V<n>__*.sql` migration per revision,"
            " each in its own transaction (Flyway's default)." % (version or "?"))


def markdown(rows, args, load_before, load_after, seconds):
    lines = ["# ws-migrate vs Alembic", ""]
    lines.append("Median of %d cold runs per tool, alternating the tools; peak RSS from `/usr/bin/time -v`."
                 " A ratio above 1× means ws-migrate is faster." % args.runs)
    lines.append("")
    lines.append("| machine | |")
    lines.append("|---|---|")
    for key, value in machine():
        lines.append("| %s | %s |" % (key, value))
    lines.append("| load average before / after | %s / %s |" % (" ".join(load_before), " ".join(load_after)))
    lines.append("| benchmark wall time | %.0f s |" % seconds)
    lines.append("")
    lines.append("| " + " | ".join(HEADER) + " |")
    lines.append("|" + "---|" * len(HEADER))
    for row in rows:
        lines.append("| " + " | ".join(row_cells(row)) + " |")
    lines.append("")
    lines.append("Liquibase is its own CLI (`liquibase.integration.commandline.LiquibaseCommandLine` from the"
                 " liquibase-core 4.33.0 jar ws-migrate uses), run with the JVM's default options, one changeset"
                 " per revision. " + _flyway_footer(rows, projects.flyway_version(args.repo)))
    return "\n".join(lines) + "\n"


def progress(row):
    sys.stderr.write("  " + " | ".join(row_cells(row)) + "\n")
    sys.stderr.flush()
