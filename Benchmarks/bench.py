#!/usr/bin/env python3
"""Measure `judge` against the sqlite3 shell. Called by Benchmarks/run.sh;
see BENCHMARKS.md for what is measured and how to read it.

    python3 Benchmarks/bench.py --judge .build-bench/release/judge \
        --data .build-bench/data --report BENCHMARKS.md 1000 10000 100000
"""

import argparse
import csv
import glob
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GNU_TIME = "/usr/bin/time"
DIGESTS = os.path.join(HERE, "export-digests.txt")

# Issue 5's targets (issue 3 asks import memory under 200 MB).
TARGET_IMPORT = 1.5      # judge score import / sqlite3 .import
TARGET_EXPORT = 1.2      # judge results export / rank.sql
TARGET_ONE_MARK = 3.0    # judge score enter / sqlite3 INSERT
TARGET_EXPORT_MB = 150
TARGET_IMPORT_MB = 200
TARGET_SCALING = 11.0    # time(10 N) / time(N)
# Issue 10's: a 1-row import costs at most 3x a typed mark; audit verify stays under 150 MB.
TARGET_SMALL_IMPORT = 3.0
TARGET_VERIFY_MB = 150


class Timeout(Exception):
    pass


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def run_timed(cmd, *, cwd=None, stdin_path=None, timeout=600, memory=True):
    """Run cmd once; return (seconds, max RSS in KiB or None). The clock is
    python's perf_counter around the whole subprocess (fork, exec, exit).
    With memory=True the command runs under GNU time -v (both sides of every
    comparison get the same wrapper)."""
    rss_file = None
    if memory:
        rss_file = os.path.join(SCRATCH, "gnutime.txt")
        cmd = [GNU_TIME, "-v", "-o", rss_file] + cmd
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
        elapsed = time.perf_counter() - start
    except subprocess.TimeoutExpired:
        raise Timeout("%s: over %ds" % (" ".join(cmd), timeout))
    finally:
        if stdin_path:
            stdin.close()
    if proc.returncode != 0:
        raise RuntimeError("%s exited %d\nstdout: %s\nstderr: %s" % (
            " ".join(cmd), proc.returncode, proc.stdout.decode(errors="replace")[-2000:],
            proc.stderr.decode(errors="replace")[-2000:]))
    rss = None
    if memory:
        with open(rss_file) as f:
            for line in f:
                if "Maximum resident set size" in line:
                    rss = int(line.rsplit(":", 1)[1])
    return elapsed, rss


def run(cmd, **kw):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if proc.returncode != 0:
        raise RuntimeError("%s exited %d: %s" % (" ".join(cmd), proc.returncode,
                                                   proc.stderr.decode(errors="replace")[-2000:]))
    return proc.stdout.decode(errors="replace")


def fresh(path):
    for p in glob.glob(path + "*"):
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


def copy_db(src, dst):
    """Copy a database with any -wal/-shm beside it."""
    fresh(dst)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(src + suffix):
            shutil.copyfile(src + suffix, dst + suffix)


def data_for(n, data_root):
    """Generated files for n competitors, cached; regenerated when generate.py changes."""
    gen = os.path.join(HERE, "generate.py")
    digest = hashlib.sha256(open(gen, "rb").read()).hexdigest()[:16]
    out = os.path.join(data_root, str(n))
    stamp = os.path.join(out, ".stamp")
    if os.path.exists(stamp) and open(stamp).read() == digest:
        return out
    log("generating data for N=%d in %s" % (n, out))
    shutil.rmtree(out, ignore_errors=True)
    run([sys.executable, gen, "--competitors", str(n), "--out", out])
    with open(stamp, "w") as f:
        f.write(digest)
    return out


def judge_sheets(outdir):
    """(trade, number) -> (total, rank) for the ranked rows of judge's sheets."""
    got = {}
    for path in sorted(glob.glob(os.path.join(outdir, "*.csv"))):
        with open(path, encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                if row["status"] == "ranked":
                    got[(row["trade"], row["number"])] = (row["total"], row["rank"])
    return got


def sql_sheet(path):
    got = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            got[(row["trade"], row["number"])] = (row["total"], row["rank"])
    return got


def compare(judge, sql):
    """'OK (n rows)' or the first difference."""
    for key in sorted(set(judge) | set(sql), key=lambda k: (k[0], int(k[1]) if k[1].isdigit() else k[1])):
        a, b = judge.get(key), sql.get(key)
        if a != b:
            return "DIFF trade %s number %s: judge (total, rank) = %s, SQL = %s" % (key[0], key[1], a, b)
    return "OK (%d ranked rows agree)" % len(judge)


def sheet_digests(outdir):
    """{file name: SHA-256} of every sheet judge wrote."""
    return {os.path.basename(p): hashlib.sha256(open(p, "rb").read()).hexdigest()
            for p in sorted(glob.glob(os.path.join(outdir, "*.csv")))}


def load_digests():
    """{N: {file: digest}} from Benchmarks/export-digests.txt ("N file digest" lines)."""
    known = {}
    if os.path.exists(DIGESTS):
        for line in open(DIGESTS):
            if line.strip() and not line.startswith("#"):
                n, name, digest = line.split()
                known.setdefault(int(n), {})[name] = digest
    return known


def save_digests(known):
    with open(DIGESTS, "w") as f:
        f.write("# SHA-256 of each sheet of `judge results export --headers keys --no-bom` on the\n"
                "# data of Benchmarks/generate.py: every optimisation must leave them unchanged.\n")
        for n in sorted(known):
            for name in sorted(known[n]):
                f.write("%d %s %s\n" % (n, name, known[n][name]))


def check_digests(n, got, record):
    """'OK …' when the sheets match the committed digests for n, else what differs.
    With record, stores the digests of a size that has none yet."""
    known = load_digests()
    if n not in known:
        if not record:
            return "NO DIGESTS for N=%d (run with --record-digests once, on a trusted build)" % n
        known[n] = got
        save_digests(known)
        return "OK (recorded %d sheets)" % len(got)
    if got != known[n]:
        bad = sorted(k for k in set(got) | set(known[n]) if got.get(k) != known[n].get(k))
        return "MISMATCH at N=%d: %s differ from Benchmarks/export-digests.txt" % (n, ", ".join(bad))
    return "OK (%d sheets byte-identical)" % len(got)


def median(xs):
    return statistics.median(xs) if xs else None


def bench_size(n, judge, data_root, reps, one_mark_runs, budget, record=False):
    """All measurements for one N. Stops repeating a step early when the size's
    time budget is spent, and records how many repetitions were done."""
    t0 = time.perf_counter()
    spent = lambda: time.perf_counter() - t0
    d = data_for(n, data_root)
    work = os.path.join(data_root, "work-%d" % n)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    marks = os.path.join(d, "marks.csv")
    rows = sum(1 for _ in open(marks, "rb")) - 1
    res = {"n": n, "mark_rows": rows, "notes": []}
    subprocess.run(["cat", marks], stdout=subprocess.DEVNULL)  # warm the page cache

    # Base database: init + roster + times (untimed), copied for every repetition.
    base = os.path.join(work, "base.sqlite")
    run([judge, "--db", base, "init", "--config", os.path.join(d, "competition.yaml")])
    run([judge, "--db", base, "roster", "import", os.path.join(d, "roster.csv")])
    run([judge, "--db", base, "time", "import", os.path.join(d, "times.csv")])

    # --- import -----------------------------------------------------------
    # A generous per-run timeout; the budget decides how many repetitions fit.
    timeout = max(120, int(budget * 0.6))
    j_imp, j_imp_rss, s_imp, s_imp_rss = [], [], [], []
    db = os.path.join(work, "judge.sqlite")
    import_sql = os.path.join(work, "import.sql")
    with open(import_sql, "w") as f:
        f.write("CREATE TABLE marks (number TEXT, round TEXT, judge TEXT, score TEXT, criterion TEXT);\n")
        f.write(".import --csv --skip 1 '%s' marks\n" % marks)
    for i in range(reps):
        copy_db(base, db)
        try:
            secs, rss = run_timed([judge, "--db", db, "score", "import", marks], timeout=timeout)
        except Timeout as e:
            res["notes"].append("judge score import did not finish within %ds at N=%d (killed)" % (timeout, n))
            log(str(e))
            res["import_timed_out"] = timeout
            break
        j_imp.append(secs); j_imp_rss.append(rss)
        sdb = os.path.join(work, "sqlite-import.db")
        fresh(sdb)
        secs, rss = run_timed(["sqlite3", sdb], stdin_path=import_sql, timeout=timeout)
        s_imp.append(secs); s_imp_rss.append(rss)
        log("N=%d import rep %d: judge %.3fs, sqlite3 %.3fs" % (n, i + 1, j_imp[-1], s_imp[-1]))
        if i + 1 < reps and spent() + 2 * (j_imp[-1] + s_imp[-1]) > budget * 0.5:
            res["notes"].append("import: %d of %d repetitions at N=%d (time budget)" % (i + 1, reps, n))
            break
    count = int(run(["sqlite3", os.path.join(work, "sqlite-import.db"), "SELECT COUNT(*) FROM marks"]).strip()) if s_imp else None
    res["raw"] = {"import judge": j_imp, "import sqlite3": s_imp}
    res.update(import_judge=median(j_imp), import_sqlite=median(s_imp), import_reps=len(j_imp),
               import_judge_rss=max(j_imp_rss) if j_imp_rss else None,
               import_sqlite_rss=max(s_imp_rss) if s_imp_rss else None, sqlite_rows=count)
    if not j_imp:
        return res
    stored = int(run(["sqlite3", db, "SELECT COUNT(*) FROM mark"]).strip())
    if stored != rows:
        res["notes"].append("judge stored %d marks of %d rows at N=%d" % (stored, rows, n))

    # --- rank + export ----------------------------------------------------
    j_exp, j_exp_rss, s_exp, s_exp_rss = [], [], [], []
    sheets = os.path.join(work, "sheets")
    sqlout = os.path.join(work, "sql")
    os.makedirs(sqlout, exist_ok=True)
    rank_sql = os.path.join(HERE, "rank.sql")
    for i in range(reps):
        shutil.rmtree(sheets, ignore_errors=True)
        secs, rss = run_timed([judge, "--db", db, "results", "export", "--out", sheets,
                               "--headers", "keys", "--no-bom"], timeout=timeout)
        j_exp.append(secs); j_exp_rss.append(rss)
        secs, rss = run_timed(["sqlite3", "-bail", db], cwd=sqlout, stdin_path=rank_sql, timeout=timeout)
        s_exp.append(secs); s_exp_rss.append(rss)
        log("N=%d export rep %d: judge %.3fs, sqlite3 %.3fs" % (n, i + 1, j_exp[-1], s_exp[-1]))
        if i + 1 < reps and spent() + 2 * (j_exp[-1] + s_exp[-1]) > budget * 0.8:
            res["notes"].append("export: %d of %d repetitions at N=%d (time budget)" % (i + 1, reps, n))
            break
    res["raw"].update({"export judge": j_exp, "export sqlite3": s_exp})
    res.update(export_judge=median(j_exp), export_sqlite=median(s_exp), export_reps=len(j_exp),
               export_judge_rss=max(j_exp_rss), export_sqlite_rss=max(s_exp_rss),
               check=compare(judge_sheets(sheets), sql_sheet(os.path.join(sqlout, "rank.csv"))))
    log("N=%d check: %s" % (n, res["check"]))
    res["digest_check"] = check_digests(n, sheet_digests(sheets), record)
    log("N=%d sheets: %s" % (n, res["digest_check"]))
    if not res["digest_check"].startswith("OK"):
        log("*** EXPORT CHANGED: %s" % res["digest_check"])

    # --- one mark -----------------------------------------------------------
    jdb = os.path.join(work, "one-judge.sqlite")
    sdb = os.path.join(work, "one-sqlite.sqlite")
    copy_db(db, jdb)
    copy_db(db, sdb)
    run(["sqlite3", sdb, "CREATE TABLE scratch (number TEXT, round TEXT, judge TEXT, score TEXT, criterion TEXT)"])
    number = str(n // 2 + 1)
    if run(["sqlite3", jdb, "SELECT status FROM competitor WHERE number = '%s'" % number]).strip() != "active":
        number = run(["sqlite3", jdb, "SELECT number FROM competitor WHERE status = 'active' LIMIT 1"]).strip()
    j_one, s_one = [], []
    for i in range(one_mark_runs):
        value = ("12.5", "13")[i % 2]
        secs, _ = run_timed([judge, "--db", jdb, "score", "enter", "--judge", "J1", "--number", number,
                             "--round", "practical", "--criterion", "prep", value, "--replace"],
                            timeout=120, memory=False)
        j_one.append(secs)
        secs, _ = run_timed(["sqlite3", sdb, "INSERT INTO scratch VALUES ('%s', 'practical', 'J1', '%s', 'prep')"
                             % (number, value)], timeout=120, memory=False)
        s_one.append(secs)
    res["raw"].update({"one mark judge": j_one, "one mark sqlite3": s_one})

    # --- a 1-row import into the same database (issue 10: in proportion to the file) ---------
    one_csv = os.path.join(work, "one-row.csv")
    j_small = []
    for i in range(one_mark_runs):
        with open(one_csv, "w") as f:
            f.write("number,round,judge,score,criterion\n%s,practical,J1,%s,prep\n" % (number, ("12.5", "13")[i % 2]))
        secs, _ = run_timed([judge, "--db", jdb, "score", "import", "--replace", one_csv], timeout=120, memory=False)
        j_small.append(secs)
    res["raw"].update({"one-row import judge": j_small})
    res.update(small_import_judge=median(j_small))
    log("N=%d one-row import: judge %.1fms" % (n, 1000 * res["small_import_judge"]))

    # --- audit verify over every fact of the imported database --------------------------------
    j_verify, j_verify_rss = [], []
    for i in range(2 if n >= 100000 else 3):
        secs, rss = run_timed([judge, "--db", db, "audit", "verify"], timeout=timeout)
        j_verify.append(secs); j_verify_rss.append(rss)
    res["raw"].update({"audit verify judge": j_verify})
    res.update(verify_judge=median(j_verify), verify_judge_rss=max(j_verify_rss), verify_reps=len(j_verify))
    log("N=%d audit verify: %.2fs, %s" % (n, res["verify_judge"], fmt_mb(res["verify_judge_rss"])))
    for scratch_copy in (jdb, sdb, os.path.join(work, "sqlite-import.db")):
        fresh(scratch_copy)  # keep judge.sqlite and the sheets for inspection
    res.update(one_judge=median(j_one), one_sqlite=median(s_one), one_runs=len(j_one))
    log("N=%d one mark: judge %.1fms, sqlite3 %.1fms" % (n, 1000 * res["one_judge"], 1000 * res["one_sqlite"]))
    res["seconds_spent"] = spent()
    res["machine"] = machine()
    return res


def machine():
    def first(path, key):
        try:
            for line in open(path):
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
        except OSError:
            pass
        return "?"
    swift = run(["swift", "--version"]).strip().splitlines()
    try:
        commit = run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]).strip()
        dirty = run(["git", "-C", ROOT, "status", "--porcelain", "--", "Sources", "Package.swift"]).strip()
        commit += " (Sources with uncommitted changes)" if dirty else ""
    except Exception:
        commit = "?"
    return {
        "cpu": first("/proc/cpuinfo", "model name"),
        "nproc": run(["nproc"]).strip(),
        "memory": "%.1f GiB" % (int(first("/proc/meminfo", "MemTotal").split()[0]) / 1048576),
        "kernel": platform.release(),
        "sqlite3": run(["sqlite3", "--version"]).split()[0],
        "swift": swift[0] if swift else "?",
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "commit": commit,
    }


def fmt_s(x):
    if x is None:
        return "–"
    return "%.3f" % x if x < 10 else "%.1f" % x


def fmt_ratio(a, b):
    return "%.1f×" % (a / b) if a is not None and b else "–"


def fmt_mb(kib):
    return "%.0f" % (kib / 1024) if kib else "–"


def report(results, m, command):
    out = []
    out.append("| N | mark rows | judge import s | sqlite3 .import s | ratio | judge export s | SQL rank s | ratio "
               "| judge enter ms | sqlite3 INSERT ms | ratio | reps |")
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in results:
        out.append("| %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["n"], r["mark_rows"],
            fmt_s(r.get("import_judge")) if r.get("import_judge") is not None else "> %ds (killed)" % r.get("import_timed_out", 0),
            fmt_s(r.get("import_sqlite")), fmt_ratio(r.get("import_judge"), r.get("import_sqlite")),
            fmt_s(r.get("export_judge")), fmt_s(r.get("export_sqlite")), fmt_ratio(r.get("export_judge"), r.get("export_sqlite")),
            "%.1f" % (1000 * r["one_judge"]) if r.get("one_judge") else "–",
            "%.1f" % (1000 * r["one_sqlite"]) if r.get("one_sqlite") else "–",
            fmt_ratio(r.get("one_judge"), r.get("one_sqlite")),
            "%s/%s/%s" % (r.get("import_reps", 0), r.get("export_reps", 0), r.get("one_runs", 0))))
    out.append("")
    out.append("Peak resident memory (GNU time, maximum over the repetitions), MB:")
    out.append("")
    out.append("| N | judge score import | sqlite3 .import | judge results export | sqlite3 rank.sql |")
    out.append("|---:|---:|---:|---:|---:|")
    for r in results:
        out.append("| %d | %s | %s | %s | %s |" % (r["n"], fmt_mb(r.get("import_judge_rss")), fmt_mb(r.get("import_sqlite_rss")),
                                              fmt_mb(r.get("export_judge_rss")), fmt_mb(r.get("export_sqlite_rss"))))
    out.append("")
    out.append("In proportion to the input (issue 10): a 1-row marks file imported (`score import --replace`) "
               "against one typed mark (`score enter --replace`) on the same imported database, median of "
               "the same number of runs; and `judge audit verify` over that database (every fact replayed):")
    out.append("")
    out.append("| N | judge enter ms | 1-row import ms | ratio | audit verify s | audit verify peak MB | reps |")
    out.append("|---:|---:|---:|---:|---:|---:|---|")
    for r in results:
        out.append("| %d | %s | %s | %s | %s | %s | %s/%s |" % (
            r["n"],
            "%.1f" % (1000 * r["one_judge"]) if r.get("one_judge") else "–",
            "%.1f" % (1000 * r["small_import_judge"]) if r.get("small_import_judge") else "–",
            fmt_ratio(r.get("small_import_judge"), r.get("one_judge")),
            fmt_s(r.get("verify_judge")), fmt_mb(r.get("verify_judge_rss")),
            r.get("one_runs", 0), r.get("verify_reps", 0)))
    out.append("")
    by_n = {r["n"]: r for r in results}
    pairs = [(a, b) for a in by_n for b in by_n if b == 10 * a]
    if pairs:
        out.append("Scaling, time(10·N) / time(N) (10.0 = linear):")
        out.append("")
        out.append("| N → 10·N | judge import | sqlite3 .import | judge export | SQL rank |")
        out.append("|---|---:|---:|---:|---:|")
        for a, b in sorted(pairs):
            ra, rb = by_n[a], by_n[b]
            def sc(key):
                return "%.1f" % (rb[key] / ra[key]) if rb.get(key) and ra.get(key) else "–"
            out.append("| %d → %d | %s | %s | %s | %s |" % (a, b, sc("import_judge"), sc("import_sqlite"),
                                                         sc("export_judge"), sc("export_sqlite")))
        out.append("")
    out.append("Ranking check (SQL (number, total, rank) against judge's sheets, ranked rows):")
    out.append("")
    for r in results:
        out.append("- N=%d: %s" % (r["n"], r.get("check", "not run")))
    out.append("")
    out.append("Export check (SHA-256 of every sheet against `Benchmarks/export-digests.txt`):")
    out.append("")
    for r in results:
        out.append("- N=%d: %s" % (r["n"], r.get("digest_check", "not run")))
    flags = []
    for r in results:
        for key, what in (("import_judge_rss", "judge score import"), ("export_judge_rss", "judge results export")):
            limit = TARGET_IMPORT_MB if key == "import_judge_rss" else TARGET_EXPORT_MB
            if r.get(key) and r[key] > limit * 1024:
                flags.append("%s peaks at %s MB at N=%d (over %d MB)" % (what, fmt_mb(r[key]), r["n"], limit))
        for a, b, what, limit in (("import_judge", "import_sqlite", "import", TARGET_IMPORT),
                                  ("export_judge", "export_sqlite", "rank + export", TARGET_EXPORT),
                                  ("one_judge", "one_sqlite", "one mark", TARGET_ONE_MARK)):
            if r.get(a) and r.get(b) and r[a] / r[b] > limit:
                flags.append("%s: judge takes %.1f× sqlite3's time at N=%d (target %.1f×)"
                             % (what, r[a] / r[b], r["n"], limit))
        if r.get("small_import_judge") and r.get("one_judge") and r["small_import_judge"] / r["one_judge"] > TARGET_SMALL_IMPORT:
            flags.append("a 1-row import takes %.1f× a typed mark at N=%d (target %.1f×)"
                         % (r["small_import_judge"] / r["one_judge"], r["n"], TARGET_SMALL_IMPORT))
        if r.get("verify_judge_rss") and r["verify_judge_rss"] > TARGET_VERIFY_MB * 1024:
            flags.append("judge audit verify peaks at %s MB at N=%d (over %d MB)"
                         % (fmt_mb(r["verify_judge_rss"]), r["n"], TARGET_VERIFY_MB))
    for a, b in sorted(pairs):
        for key, what in (("import_judge", "judge import"), ("export_judge", "judge export")):
            if by_n[a].get(key) and by_n[b].get(key) and by_n[b][key] / by_n[a][key] > TARGET_SCALING:
                flags.append("%s grows %.1f× from N=%d to N=%d (worse than linear)"
                             % (what, by_n[b][key] / by_n[a][key], a, b))
    if flags:
        out.append("")
        out.append("Flagged automatically against issue 5's targets (import ≤ %.1f×, export ≤ %.1f×, one mark ≤ %.0f× "
                   "sqlite3; export ≤ %d MB, import ≤ %d MB; scaling ≤ %.0f×) and issue 10's (1-row import ≤ %.0f× "
                   "a typed mark; audit verify ≤ %d MB):"
                   % (TARGET_IMPORT, TARGET_EXPORT, TARGET_ONE_MARK, TARGET_EXPORT_MB, TARGET_IMPORT_MB, TARGET_SCALING,
                      TARGET_SMALL_IMPORT, TARGET_VERIFY_MB))
        out.append("")
        out.extend("- " + flag for flag in flags)
    notes = [note for r in results for note in r["notes"]]
    if notes:
        out.append("")
        out.append("Notes:")
        out.append("")
        out.extend("- " + note for note in notes)
    out.append("")
    out.append("Every repetition, seconds (min – max; the medians above come from these):")
    out.append("")
    for r in results:
        spans = ["%s %s–%s" % (k, fmt_s(min(v)), fmt_s(max(v))) for k, v in r.get("raw", {}).items() if v]
        if spans:
            out.append("- N=%d: %s" % (r["n"], "; ".join(spans)))
    table = "\n".join(out)

    doc = """# Benchmarks

`judge` against the `sqlite3` shell doing the same work, on generated
competitions of N competitors (4 trades; theory: one mark; practical: 5
judges x 4 criteria, trimmed mean; about 1% absent; 21 mark rows per active
competitor). Not part of `swift test`.

Command:

    {command}

Machine: {cpu}, {nproc} cores (`nproc`), {memory} RAM, Linux {kernel};
sqlite3 {sqlite3}; {swift}; judge at commit {commit}, built
`swift build -c release --static-swift-stdlib --product judge --scratch-path .build-bench`;
measured {date}. The machine is shared and noisy: treat differences under
~20% as noise.

## Results

Times are wall-clock medians over the repetitions (`reps`: import / export /
one-mark runs), each a whole process run (start, work, exit), timed by
Python's `perf_counter` around `subprocess`.

{table}

## How to read this

- **import**: `judge score import marks.csv` into a database that already
  holds the competition, roster and times, against `sqlite3` `.import --csv`
  of the same file into a bare table without constraints in a fresh database.
  The ratio is the price of what judge does and sqlite3 does not: parsing and
  validating every mark (2 decimals, range, criterion, judge, competitor,
  judges per round, duplicates), integer hundredths, the batch record and the
  key (competitor, round, judge, criterion) that keeps every mark unique, all or
  nothing.
- **rank + export**: `judge results export --out D --headers keys --no-bom`
  against one SQL statement (`Benchmarks/rank.sql`) run by the sqlite3 shell on
  judge's database: round scores (trimmed mean of per-judge criterion sums,
  half-up in hundredths), weighted total half-up, `RANK()` per trade over
  total, then the tie-break chain (practical, time used with no time last,
  theory), written with `.mode csv` / `.once`. The SQL leaves out prizes and
  the names/units columns; the check line confirms that both agree on
  (number, total, rank) for every ranked competitor.
- **one mark**: `judge score enter ... --replace` (one competitor's practical
  criterion mark by J1, alternating between two values, so every run replaces
  and writes history) against `sqlite3 DB "INSERT INTO scratch ..."` on a copy
  of the same database. Both are dominated by process start and opening the
  database; this is the latency a clerk feels at the judges' table.
- **memory**: "Maximum resident set size" from GNU `time -v`; the maximum
  over the repetitions.
- **scaling**: time at 10·N over time at N; 10 means linear, clearly more
  than 10 means something grows faster than the data. On this shared
  2-core machine one slow or fast median at N = 10000 (runs of well under a
  second) moves the ratio by half: check the min – max spans before
  believing a scaling flag, and rerun.
- **export check**: the SHA-256 of every sheet must equal
  `Benchmarks/export-digests.txt` (recorded from the judge of commit 8057c51);
  the runner exits non-zero otherwise, so a speed-up cannot change a result.
- Data are cached in `.build-bench/data/N` (gitignored) and regenerated when
  `Benchmarks/generate.py` changes; `python3 Benchmarks/generate.py
  --competitors N --out DIR` writes the same files every time.

Running it: `Benchmarks/run.sh` (all three sizes, about 8 minutes here,
rewrites this file); `Benchmarks/run.sh 1000` is the smoke size (seconds
after the build; report in `.build-bench/data/report.md`). Each size's raw
figures are kept in `.build-bench/data/results-N.json`. At N = 100000 a
judge run is killed after `0.6 x BENCH_BUDGET` seconds (default budget 900)
and reported as such, and repetitions stop early when the budget runs out.
CI (`.ci/run`) runs `Benchmarks/run.sh 1000` against its debug build
(`BENCH_JUDGE=…`): a check that the runner works and the sheets are unchanged,
not a measurement.
""".format(command=command, table=table, **m)
    notes = os.path.join(HERE, "NOTES.md")  # hand-written: optimisations and profiles
    if os.path.exists(notes):
        doc += "\n" + open(notes, encoding="utf-8").read()
    return table, doc


def main():
    global SCRATCH
    p = argparse.ArgumentParser()
    p.add_argument("--judge", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--report", default=None)
    p.add_argument("--command", default="Benchmarks/run.sh")
    p.add_argument("--budget", type=float, default=900, help="seconds per size at N >= 100000")
    p.add_argument("--record-digests", action="store_true",
                   help="store the sheets' digests for sizes that have none in Benchmarks/export-digests.txt")
    p.add_argument("--from-json", action="store_true",
                   help="rewrite the report from the last saved results-N.json instead of measuring")
    p.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    a = p.parse_args()
    judge = os.path.abspath(a.judge)
    data = os.path.abspath(a.data)
    os.makedirs(data, exist_ok=True)
    SCRATCH = data
    if not os.path.exists(GNU_TIME):
        sys.exit("GNU time is missing: apt-get update && apt-get install -y time")
    results = []
    for n in a.sizes:
        if a.from_json:
            with open(os.path.join(data, "results-%d.json" % n)) as f:
                results.append(json.load(f))
            continue
        reps = 5 if n < 100000 else 3
        budget = a.budget if n >= 100000 else max(300, a.budget)
        results.append(bench_size(n, judge, data, reps, 20, budget, a.record_digests))
        with open(os.path.join(data, "results-%d.json" % n), "w") as f:
            json.dump(results[-1], f, indent=1)
    m = next((r["machine"] for r in results if "machine" in r), None) or machine()
    table, doc = report(results, m, a.command)
    print(table)
    if a.report:
        with open(a.report, "w") as f:
            f.write(doc)
        log("wrote " + a.report)
    bad = [r for r in results if "check" in r and not r["check"].startswith("OK")]
    if bad:
        sys.exit("ranking check failed: " + "; ".join(r["check"] for r in bad))
    changed = [r for r in results if "digest_check" in r and not r["digest_check"].startswith("OK")]
    if changed:
        sys.exit("EXPORT NOT BYTE-IDENTICAL: " + "; ".join(r["digest_check"] for r in changed))


if __name__ == "__main__":
    main()
