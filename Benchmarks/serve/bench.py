#!/usr/bin/env python3
"""Benchmarks/serve/run.sh's worker: builds the demo database, serves it, measures.

usage: bench.py JUDGE_BINARY SECONDS
"""
import http.client
import json
import os
import re
import select
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

JUDGE, SECONDS = sys.argv[1], int(sys.argv[2])
work = tempfile.mkdtemp(prefix="serve-bench-")
here = os.path.dirname(os.path.abspath(__file__))


def judge(*arguments):
    return subprocess.run([JUDGE, *arguments], capture_output=True, text=True, check=True).stdout


# The demo competition, then every judge's PIN (`judge judges credentials` prints them once).
judge("demo", "--out", work)
db = os.path.join(work, "shunyi-2024.sqlite")
pins = dict(re.findall(r"^\s*(\w+)\s.*?\b(\d{8})\b", judge("judges", "credentials", "--db", db), re.M))
server = subprocess.Popen(
    [JUDGE, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
port = None
for line in server.stdout:
    if line.startswith("judge serve:"):
        port = int(line.split(" on ", 1)[1].split(";")[0].rsplit(":", 1)[1])
        break
subprocess.Popen(["cat"], stdin=server.stdout, stdout=subprocess.DEVNULL)


def call(method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(method, path, json.dumps(body) if body is not None else None,
                       {"Content-Type": "application/json", **(headers or {})})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, response.getheader("Set-Cookie"), data


# 50 sessions over the judges who mark a round with several judges, each with the marks it may give.
board = json.loads(call("GET", "/api/v1/board")[2])
# The panel judges; the chief and the theory marker sign in for the console and the lock.
judges = [j for j in pins if j.startswith("J")]
sessions = []
for index in range(50):
    who = judges[index % len(judges)]
    status, cookie, data = call("POST", "/api/v1/session", {"judge": who, "pin": pins[who]})
    assert status == 200, (who, status, data)
    csrf = json.loads(data)["csrf"]
    headers = {"Cookie": cookie.split(";")[0], "X-CSRF-Token": csrf}
    sheet = json.loads(call("GET", "/api/v1/sheet", headers=headers)[2])
    targets = []
    for item in sheet["items"]:
        if item["round"]["locked"]:
            continue
        criteria = [c["id"] for c in item["criteria"]] or [None]
        for competitor in item["competitors"]:
            for criterion in criteria:
                targets.append((competitor["number"], item["round"]["id"], criterion))
    if targets:
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
marks_before = sqlite3.connect(db).execute("SELECT count(*) FROM web_request").fetchone()[0]
run = subprocess.run(
    ["wrk", "-t2", "-c50", "-d%ds" % SECONDS, "-s", os.path.join(here, "marks.lua"), "http://127.0.0.1:%d" % port],
    capture_output=True, text=True, env={**os.environ, "BENCH_SESSIONS": lua_sessions})
print(run.stderr[:600], file=sys.stderr, end="")
result = dict(re.findall(r"(\w+)=([\d.]+)", run.stdout.split("RESULT", 1)[1]))
stored = sqlite3.connect(db).execute("SELECT count(*) FROM web_request").fetchone()[0] - marks_before
rate = float(result["requests"]) / float(result["seconds"])

# The physical limit: the same single-row transactions, bare, on a copy of the same database.
bare_db = os.path.join(work, "bare.sqlite")
copy = sqlite3.connect(bare_db)
copy.execute("PRAGMA journal_mode=WAL")
copy.execute("CREATE TABLE m (competitor INTEGER, round TEXT, judge TEXT, criterion TEXT, value INTEGER, "
              "PRIMARY KEY (competitor, round, judge, criterion))")
copy.isolation_level = None
started = time.time()
count = 0
while time.time() - started < min(SECONDS, 5):
    copy.execute("BEGIN IMMEDIATE")
    copy.execute("INSERT OR REPLACE INTO m VALUES (?, 'practical', 'J1', 'skill', ?)", (count % 500, count))
    copy.execute("COMMIT")
    count += 1
bare = count / (time.time() - started)

# 500 board streams, then a lock: how long until every stream has the event.
streams = []
for _ in range(500):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /api/v1/events HTTP/1.1\r\nHost: x\r\n\r\n")
    s.setblocking(False)
    streams.append(s)
time.sleep(2)
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
started = time.time()
status, _, data = call("POST", "/api/v1/locks", {"trade": lock_round[0], "round": lock_round[1]}, headers)
waiting = {s: b"" for s in streams}
latest = 0.0
while waiting and time.time() - started < 10:
    ready, _, _ = select.select(list(waiting), [], [], 1)
    for s in ready:
        waiting[s] += s.recv(1 << 20)
        if b"event: board" in waiting[s]:
            del waiting[s]
            latest = time.time() - started
server.send_signal(signal.SIGTERM)
stop_started = time.time()
server.wait(timeout=10)
print("judge serve, demo database, loopback, wrk -t2 -c50 -d%ds (50 judges' sessions):" % SECONDS)
print("  marks answered 200: %d (%d stored), %.0f marks/s, p50 %.1f ms, p99 %.1f ms, errors %s" % (
    int(result["requests"]), stored, rate, int(result["p50_us"]) / 1000, int(result["p99_us"]) / 1000,
    result["errors"]))
print("  bare SQLite, same single-row transactions (WAL, synchronous=FULL): %.0f/s; service/bare = %.2f" % (
    bare, rate / bare))
print("  lock %s/%s answered %d; board event on all of 500 streams %.0f ms after the lock request (%d missed)" % (
    lock_round[0], lock_round[1], status, latest * 1000, len(waiting)))
print("  SIGTERM with 500 streams open: exited %d after %.2f s" % (server.returncode, time.time() - stop_started))
