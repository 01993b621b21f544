#!/usr/bin/env python3
"""Benchmarks/serve/run.sh's worker: builds the demo database, serves it, measures, checks.

usage: bench.py JUDGE_BINARY SECONDS
Exits 1 when a check of what was counted fails (printed as CHECK FAILED).
"""
import http.client
import json
import os
import re
import select
import signal
import socket
import sqlite3
import shutil
import subprocess
import sys
import tempfile
import time

JUDGE, SECONDS = sys.argv[1], int(sys.argv[2])
work = tempfile.mkdtemp(prefix="serve-bench-")
here = os.path.dirname(os.path.abspath(__file__))
failures = []


def check(ok, message):
    print(("  check: " if ok else "  CHECK FAILED: ") + message)
    if not ok:
        failures.append(message)


def judge(*arguments):
    return subprocess.run([JUDGE, *arguments], capture_output=True, text=True, check=True).stdout


def cpu_seconds(pid):
    """User + system CPU time of a process so far (Linux /proc)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


bare_commit_p99, bare_commit_max = [], []


def bare_rate(seconds):
    """The physical limit: single-row transactions on a table shaped like `mark` (WITHOUT ROWID,
    the same key), WAL and synchronous=FULL as the service's, in the same folder (same disk)."""
    path = os.path.join(work, "bare-%d.sqlite" % time.time_ns())
    bare = sqlite3.connect(path)
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=FULL")
    bare.execute("CREATE TABLE mark (competitor_id INTEGER, round_id TEXT, judge_id TEXT, criterion_id TEXT, "
                 "value_h INTEGER, PRIMARY KEY (competitor_id, round_id, judge_id, criterion_id)) WITHOUT ROWID")
    bare.isolation_level = None
    started, count, durations = time.time(), 0, []
    while time.time() - started < seconds:
        began = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO mark VALUES (?, 'practical', 'J1', 'skill', ?) "
                     "ON CONFLICT DO UPDATE SET value_h = excluded.value_h", (count % 150, count))
        bare.execute("COMMIT")
        durations.append(time.perf_counter() - began)
        count += 1
    rate = count / (time.time() - started)
    bare.close()
    # The disk's own tail: no service answers faster than the commit holding its mark.
    bare_commit_p99.append(sorted(durations)[int(len(durations) * 0.99)] * 1000)
    bare_commit_max.append(max(durations) * 1000)
    return rate


# The demo competition, then every judge's PIN (`judge judges credentials` prints them once).
judge("demo", "--out", work)
db = os.path.join(work, "shunyi-2024.sqlite")
pins = dict(re.findall(r"^\s*(\w+)\s.*?\b(\d{8})\b", judge("judges", "credentials", "--db", db), re.M))
server = subprocess.Popen(
    [JUDGE, "serve", "--db", db, "--port", "0", "--lang", "en"], stdout=subprocess.PIPE,
    stderr=open(os.path.join(work, "serve.err"), "w"), text=True)
port = None
for line in server.stdout:
    if line.startswith("judge serve:"):
        port = int(line.split(" on ", 1)[1].split(";")[0].rsplit(":", 1)[1])
        break
# The server logs a line per request: drain it so the pipe never blocks the server.
subprocess.Popen(["cat"], stdin=server.stdout, stdout=subprocess.DEVNULL)


def call(method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(method, path, json.dumps(body) if body is not None else None,
                       {"Content-Type": "application/json", **(headers or {})})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, response.getheader("Set-Cookie"), data


database = sqlite3.connect(db)
# How many judges have marked each (competitor, round), and each round's judge count: a judge may
# always change their own mark, and give a new one only while the round lacks judges.
judged = {}
for number, round_id, judge_id in database.execute(
        "SELECT DISTINCT c.number, m.round_id, m.judge_id FROM mark m JOIN competitor c ON c.id = m.competitor_id"):
    judged.setdefault((number, round_id), set()).add(judge_id)
judge_counts = dict(database.execute("SELECT id, judges FROM round"))

# 50 sessions over the panel judges (the chief and the theory marker sign in for the lock only).
judges = sorted(j for j in pins if j.startswith("J"))
sessions = []
for index in range(50):
    who = judges[index % len(judges)]
    status, cookie, data = call("POST", "/api/v1/session", {"judge": who, "pin": pins[who]})
    assert status == 200, (who, status, data)
    headers = {"Cookie": cookie.split(";")[0], "X-CSRF-Token": json.loads(data)["csrf"]}
    sheet = json.loads(call("GET", "/api/v1/sheet", headers=headers)[2])
    targets = []
    for item in sheet["items"]:
        round_id = item["round"]["id"]
        if item["round"]["locked"]:
            continue
        criteria = [c["id"] for c in item["criteria"]] or [None]
        for competitor in item["competitors"]:
            others = judged.get((competitor["number"], round_id), set())
            if who not in others and len(others) >= judge_counts[round_id]:
                continue  # the sheet lists it, but the round's judge count would refuse the mark
            for criterion in criteria:
                targets.append((competitor["number"], round_id, criterion))
    assert targets, "session %d of %s has nothing to mark" % (index, who)
    sessions.append((headers, targets))
lua_sessions = os.path.join(work, "sessions.lua")
with open(lua_sessions, "w") as f:
    f.write("return {\n")
    for headers, targets in sessions:
        f.write('{cookie="%s", csrf="%s", targets={' % (headers["Cookie"], headers["X-CSRF-Token"]))
        for number, round_id, criterion in targets:
            # criterion holds its JSON: '"prep"' or 'null'.
            f.write("{number=\"%s\", round=\"%s\", criterion='%s'}," % (
                number, round_id, '"%s"' % criterion if criterion else "null"))
        f.write("}},\n")
    f.write("}\n")


def counts():
    return (database.execute("SELECT count(*) FROM web_request").fetchone()[0],
            database.execute("SELECT count(*) FROM audit_log WHERE kind = 'mark.enter'").fetchone()[0])


bare_before = bare_rate(min(SECONDS, 5))
requests_before, audited_before = counts()
load_before = os.getloadavg()
cpu_before = cpu_seconds(server.pid)
run = subprocess.run(
    ["wrk", "-t2", "-c50", "-d%ds" % SECONDS, "--timeout", "30s", "-s", os.path.join(here, "marks.lua"),
     "http://127.0.0.1:%d" % port],
    capture_output=True, text=True, env={**os.environ, "BENCH_SESSIONS": lua_sessions})
cpu_used = cpu_seconds(server.pid) - cpu_before
load_after = os.getloadavg()
print(run.stderr[:600], file=sys.stderr, end="")
result = dict(re.findall(r"(\w+)=([\d.]+)", run.stdout.split("RESULT", 1)[1]))
ok, sent, refused = int(result["ok"]), int(result["sent"]), int(result["refused"])
time.sleep(1)  # requests still in flight when wrk stopped finish
requests_after, audited_after = counts()
stored, audited = requests_after - requests_before, audited_after - audited_before
duplicates = database.execute(
    "SELECT count(*) - count(DISTINCT request_id) FROM web_request WHERE request_id LIKE 'w%'").fetchone()[0]
bare_after = bare_rate(min(SECONDS, 5))
rate = ok / float(result["seconds"])
bare = (bare_before + bare_after) / 2

# 500 board streams, then a lock: how long until every stream has the event.
streams = []
for _ in range(500):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /api/v1/events HTTP/1.1\r\nHost: x\r\n\r\n")
    s.setblocking(False)
    streams.append(s)
# Each stream's first event is the board as it is; wait for all of them (at most 20 s).
opening = {s: b"" for s in streams}
opened = time.time()
while opening and time.time() - opened < 20:
    ready, _, _ = select.select(list(opening), [], [], 1)
    for s in ready:
        opening[s] += s.recv(1 << 20)
        if b"event: board" in opening[s]:
            del opening[s]
first_boards = 500 - len(opening)
time.sleep(0.5)
for s in streams:
    try:
        while s.recv(1 << 20):
            pass
    except BlockingIOError:
        pass
chief = next(j for j in pins if j.startswith("C"))
status, cookie, data = call("POST", "/api/v1/session", {"judge": chief, "pin": pins[chief]})
headers = {"Cookie": cookie.split(";")[0], "X-CSRF-Token": json.loads(data)["csrf"]}
lock_round = None
for trade in json.loads(call("GET", "/api/v1/board")[2])["trades"]:
    for round_ in trade["rounds"]:
        if not round_["locked"] and lock_round is None:
            lock_round = (trade["id"], round_["id"])
# A lock runs `judge audit verify` first, whose time follows the log's length: the more marks
# the run stored, the longer the lock.
audit_records = database.execute("SELECT count(*) FROM audit_log").fetchone()[0]
started = time.time()
lock_status, _, data = call("POST", "/api/v1/locks", {"trade": lock_round[0], "round": lock_round[1]}, headers)
lock_answered = time.time() - started
waiting = {s: b"" for s in streams}
latest = 0.0
while waiting and time.time() - started < 10:
    ready, _, _ = select.select(list(waiting), [], [], 1)
    for s in ready:
        waiting[s] += s.recv(1 << 20)
        if b"event: board" in waiting[s] and b'"locked":true' in waiting[s]:
            del waiting[s]
            latest = time.time() - started
server.send_signal(signal.SIGTERM)
stop_started = time.time()
server.wait(timeout=10)
stopped = time.time() - stop_started
verify = subprocess.run([JUDGE, "audit", "verify", "--db", db], capture_output=True, text=True)

print("judge serve (%s), demo database, loopback, wrk -t2 -c50 -d%ds --timeout 30s, 50 judges' sessions, %d cores, "
      "load average %.1f before, %.1f after:" % (JUDGE, SECONDS, os.cpu_count(), load_before[0], load_after[0]))
print("  marks answered 200: %d in %.1f s, %.0f marks/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
      "server CPU %.2f ms a mark" % (
          ok, float(result["seconds"]), rate, int(result["p50_us"]) / 1000, int(result["p99_us"]) / 1000,
          int(result["max_us"]) / 1000, cpu_used * 1000 / max(ok, 1)))
print("  bare SQLite, the same single-row transactions (WAL, synchronous=FULL): %.0f/s before, %.0f/s after; "
      "service/bare = %.2f; a bare commit's p99 %.1f / %.1f ms, max %.0f / %.0f ms" % (
          bare_before, bare_after, rate / bare, bare_commit_p99[0], bare_commit_p99[-1], bare_commit_max[0],
          bare_commit_max[-1]))
print("  lock %s/%s (audit log of %d records) answered %d in %.0f ms; board event with the lock on %d of 500 "
      "streams, the last %.0f ms after the lock request (%d missed)" % (
          lock_round[0], lock_round[1], audit_records, lock_status, lock_answered * 1000, 500 - len(waiting),
          latest * 1000, len(waiting)))
print("  SIGTERM with 500 streams open: exited %d after %.2f s" % (server.returncode, stopped))
# With JUDGE_MARK_STAGES set, the server printed where its marks' time went when it stopped.
with open(os.path.join(work, "serve.err")) as f:
    stages = f.read()
if "mark stages" in stages:
    print(stages[stages.index("mark stages"):].rstrip())
check(refused == 0 and int(result["errors"]) == 0,
      "every request answered 200 (%d refused, %d socket errors)" % (refused, int(result["errors"])))
check(ok <= stored <= sent - refused,
      "rows stored (%d) between the 200 answers (%d) and the requests sent (%d, %d still unanswered when wrk "
      "stopped)" % (stored, ok, sent, sent - ok - refused))
check(audited == stored, "one mark.enter audit record per stored request (%d records, %d requests)" % (
    audited, stored))
check(duplicates == 0, "no request id stored twice across wrk's threads and connections (%d)" % duplicates)
check(first_boards == 500, "every stream had its first board before the lock (%d of 500)" % first_boards)
check(lock_status == 200 and not waiting, "the lock reached every stream")
check(verify.returncode == 0, "judge audit verify passes after the run")
if failures:
    print("  the run's database and the server's log are kept in " + work)
    sys.exit(1)
shutil.rmtree(work, ignore_errors=True)
