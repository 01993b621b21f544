#!/usr/bin/env python3
"""Two judge binaries, run alternately on the same benchmark database (a before/after).

    python3 Benchmarks/compare.py BEFORE AFTER [--size 100000] [--reps 3]

Needs the data of `Benchmarks/run.sh SIZE` (.build-bench/data/SIZE and work-SIZE/base.sqlite,
judge.sqlite). Each command runs under GNU `time -v` (wall, user + sys, peak RSS), with the
1-minute load average read from /proc/loadavg just before; the two binaries take turns, so
both meet the same load. Outputs must be byte-identical between the two (sheets by SHA-256).
The 1-row import and the typed mark are issue 10's pair (its limit: 3x), timed alternately
on a scratch copy, as `Benchmarks/bench.py` times them. Prints a Markdown report.
"""
import argparse
import glob
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

GNU_TIME = "/usr/bin/time"


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def timed(cmd):
    """(wall s, cpu s, peak MB, load, stdout) of one run."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        before = load()
        start = time.perf_counter()
        proc = subprocess.run([GNU_TIME, "-v", "-o", report.name] + cmd, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit("%s exited %d: %s" % (" ".join(cmd), proc.returncode, proc.stderr.decode()[-2000:]))
        fields = {}
        for line in report.read().splitlines():
            key, _, value = line.strip().rpartition(": ")
            fields[key] = value
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return wall, cpu, int(fields["Maximum resident set size (kbytes)"]) / 1024, before, proc.stdout


def copy_db(src, dst):
    for old in glob.glob(dst + "*"):
        os.remove(old)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(src + suffix):
            shutil.copyfile(src + suffix, dst + suffix)


def digest_dir(path):
    h = hashlib.sha256()
    for name in sorted(os.listdir(path)):
        h.update(name.encode())
        with open(os.path.join(path, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("before")
    p.add_argument("after")
    p.add_argument("--size", type=int, default=100000)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--mark-reps", type=int, default=11)
    p.add_argument("--verify-reps", type=int, default=2)
    p.add_argument("--data", default=".build-bench/data")
    a = p.parse_args()
    data = os.path.join(a.data, str(a.size))
    work = os.path.join(a.data, "work-%d" % a.size)
    imported = os.path.join(work, "judge.sqlite")
    scratch = tempfile.mkdtemp(prefix="judge-compare-")
    binaries = {"before": os.path.abspath(a.before), "after": os.path.abspath(a.after)}
    number = str(a.size // 2 + 1)

    def import_cmd(judge, side):
        db = os.path.join(scratch, "import-%s.sqlite" % side)
        copy_db(os.path.join(work, "base.sqlite"), db)
        return [judge, "--db", db, "score", "import", os.path.join(data, "marks.csv")]

    def export_cmd(judge, side):
        out = os.path.join(scratch, "sheets-" + side)
        shutil.rmtree(out, ignore_errors=True)
        return [judge, "--db", imported, "results", "export", "--out", out, "--headers", "keys", "--no-bom"]

    commands = [
        ("score import (%s rows)" % "{:,}".format(sum(1 for _ in open(os.path.join(data, "marks.csv"))) - 1),
         import_cmd, a.reps),
        ("results export", export_cmd, a.reps),
        ("rank", lambda j, s: [j, "--db", imported, "rank"], a.reps),
        ("status", lambda j, s: [j, "--db", imported, "status"], a.reps),
        ("competitors show %s" % number, lambda j, s: [j, "--db", imported, "competitors", "show", number],
         a.reps + 2),
        ("audit verify", lambda j, s: [j, "--db", imported, "audit", "verify"], a.verify_reps),
    ]
    rows = []
    for name, make, reps in commands:
        runs = {"before": [], "after": []}
        outputs = {}
        for rep in range(reps):
            # Alternate which goes first, so neither always follows the other's cache.
            for side in (("before", "after") if rep % 2 == 0 else ("after", "before")):
                cmd = make(binaries[side], side)
                runs[side].append(timed(cmd))
                out = runs[side][-1][4]
                if name == "results export":
                    out = digest_dir(cmd[cmd.index("--out") + 1]).encode()
                outputs.setdefault(side, out)
                print("%s %s: %.2fs wall, %.2fs cpu, %.0f MB, load %.1f" % (
                    name, side, *runs[side][-1][:4]), file=sys.stderr, flush=True)
        same = name.startswith("score import") or outputs["before"] == outputs["after"]
        rows.append((name, runs, same))

    # Issue 10's pair, on one scratch copy per binary: one typed mark, a 1-row file.
    pair = {}
    for side, judge in binaries.items():
        db = os.path.join(scratch, "one-%s.sqlite" % side)
        copy_db(imported, db)
        pair[side] = {"enter": [], "import": [], "db": db}
    one_csv = os.path.join(scratch, "one-row.csv")
    for i in range(a.mark_reps):
        value = ("12.5", "13")[i % 2]
        with open(one_csv, "w") as f:
            f.write("number,round,judge,score,criterion\n%s,practical,J1,%s,prep\n" % (number, value))
        for side, judge in binaries.items():
            db = pair[side]["db"]
            pair[side]["enter"].append(timed([judge, "--db", db, "score", "enter", "--judge", "J1", "--number",
                                              number, "--round", "practical", "--criterion", "prep", value,
                                              "--replace"]))
            pair[side]["import"].append(timed([judge, "--db", db, "score", "import", "--replace", one_csv]))
    shutil.rmtree(scratch, ignore_errors=True)

    med = statistics.median
    print("| command | before s | after s | after/before | before CPU s | after CPU s | before MB | after MB "
          "| load (min–max) | reps | output |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|")
    for name, runs, same in rows:
        b, f = runs["before"], runs["after"]
        loads = [r[3] for r in b + f]
        print("| %s | %.2f | %.2f | %.2f× | %.2f | %.2f | %.0f | %.0f | %.1f–%.1f | %d | %s |" % (
            name, med(r[0] for r in b), med(r[0] for r in f), med(r[0] for r in f) / med(r[0] for r in b),
            med(r[1] for r in b), med(r[1] for r in f), max(r[2] for r in b), max(r[2] for r in f),
            min(loads), max(loads), len(b), "identical" if same else "DIFFERENT"))
    print()
    print("| binary | typed mark ms | 1-row import ms | ratio | load (min–max) | reps |")
    print("|---|---:|---:|---:|---|---:|")
    for side in binaries:
        enter, one = pair[side]["enter"], pair[side]["import"]
        loads = [r[3] for r in enter + one]
        print("| %s | %.1f | %.1f | %.2f× | %.1f–%.1f | %d |" % (
            side, 1000 * med(r[0] for r in enter), 1000 * med(r[0] for r in one),
            med(r[0] for r in one) / med(r[0] for r in enter), min(loads), max(loads), len(enter)))
    if any(not same for _, _, same in rows):
        sys.exit("outputs differ between the two binaries")


if __name__ == "__main__":
    main()
