"""What the autogenerate scenarios of bench.py and large.py share: each tool's timed command, the
reset that removes what a run wrote (all but the kept initial revision), and what each run found,
as notes for the table and as ws-migrate's outcome checks."""
import os

import projects


class AutogenRuns:
    """The revision files of one scenario's tools (name -> project), checked against `altered`."""

    def __init__(self, tools, altered):
        self.tools, self.altered = tools, altered
        self.kept = {name: [] for name in tools}
        self.counts = {}

    def keep(self):
        """The revision files there now stay through every reset: each tool's initial revision."""
        self.kept = {name: p.revision_files() for name, p in self.tools.items()}

    def commands(self, message, variant):
        """bench.py's `alternate` tools: `revision --autogenerate -m message` on that entity variant."""
        def autogen(project):
            return lambda: project.command("revision", "--autogenerate", "-m", message, variant=variant)
        return [(name, autogen(p)) for name, p in self.tools.items()]

    def reset(self, name):
        """A `before` hook: removes every revision file of the tool but the kept ones."""
        for path in self.tools[name].revision_files():
            if path not in self.kept[name]:
                os.remove(path)

    def reset_all(self):
        for name in self.tools:
            self.reset(name)

    def count(self, name, run):
        """An `after` hook: records what the file the run wrote holds (None when it wrote none)."""
        new = [p for p in self.tools[name].revision_files() if p not in self.kept[name]]
        self.counts.setdefault(name, []).append(counted(self.tools[name], new[-1], self.altered) if new else None)

    def notes(self, message):
        return ops_notes(self.counts, message, len(self.altered))

    def problems(self, message):
        return ops_problems(self.counts.get("ws-migrate", []), message, len(self.altered))


def counted(project, path, altered):
    """The changes a generated file holds: on how many of the altered tables, and how many others."""
    ops = project.detected(path)
    found, spurious = set(), 0
    for op in ops:
        t = projects.first_table(op)
        if t in altered and t not in found:
            found.add(t)
        else:
            spurious += 1
    return {"ops": len(ops), "found": len(found), "spurious": spurious, "examples": ops[:3]}


def ops_problems(seen, message, expected):
    """ws-migrate's outcome checks: no change where nothing changed, every altered table found and
    nothing spurious, a file written by every run."""
    problems = []
    for i, found in enumerate(seen):
        if found is None and message != "nothing":
            problems.append("ws-migrate run %d wrote no revision file" % (i + 1))
        elif found and message == "nothing" and found["ops"]:
            problems.append("ws-migrate run %d found %d changes, expected 0" % (i + 1, found["ops"]))
        elif found and message == "altered" and (found["found"] != expected or found["spurious"]):
            problems.append("ws-migrate run %d found %d of %d altered tables, %d spurious" % (
                i + 1, found["found"], expected, found["spurious"]))
    return problems


def ops_notes(counts, message, expected):
    """What the last run of each tool found, in the scenario's terms."""
    notes = {}
    for name, seen in counts.items():
        last = seen[-1] or {"ops": 0, "found": 0, "spurious": 0}
        written = "" if seen[-1] else " (no file written)"
        if message == "initial":
            notes[name] = "%d changes" % last["ops"]
        elif message == "nothing":
            notes[name] = "%d changes, expected 0%s" % (last["ops"], written)
        else:
            notes[name] = "%d of %d altered tables found, %d spurious" % (last["found"], expected, last["spurious"])
    return notes
