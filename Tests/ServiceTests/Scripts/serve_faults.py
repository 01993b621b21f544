#!/usr/bin/env python3
"""Drives the built `judge serve` over real HTTP on loopback, as tablets and boards would.

usage: serve_faults.py JUDGE_BINARY DATABASE PINS_JSON SCENARIO [SESSIONS_JSON]
scenarios:
  kill9       50 judges, each on a session of their own (SESSIONS_JSON: judge, cookie, csrf),
              submit marks at once; kill -9; restart: every mark answered 200 is stored, the 50
              tablets resending every request at once land each once, `judge audit verify` passes
  sigterm     100 open event streams; SIGTERM: every stream ends and the server exits 0 within 5 s
  cli-change  a board stream sees a mark imported by the CLI (another process) within 2 s
Prints one line per check; exits 1 on the first failure.
"""
import http.client
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid

JUDGE, DB, PINS, SCENARIO = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
TABLETS = json.loads(sys.argv[5]) if len(sys.argv) > 5 else []


def fail(message):
    print("FAIL: " + message, flush=True)
    sys.exit(1)


def start():
    process = subprocess.Popen(
        [JUDGE, "serve", "--db", DB, "--port", "0", "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            fail("judge serve ended before it printed its address")
        if line.startswith("judge serve:") and " on " in line:
            port = int(line.split(" on ", 1)[1].split(";")[0].rsplit(":", 1)[1])
            threading.Thread(target=lambda: [None for _ in process.stdout], daemon=True).start()
            return process, port
    fail("judge serve printed no address within 30 s")


def request(port, method, path, body=None, headers=None, timeout=60):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    data = json.dumps(body).encode() if body is not None else None
    connection.request(method, path, body=data, headers={"Content-Type": "application/json", **(headers or {})})
    response = connection.getresponse()
    payload = response.read()
    connection.close()
    return response.status, response.getheader("Set-Cookie"), payload


def sign_in(port, judge):
    status, cookie, payload = request(port, "POST", "/api/v1/session", {"judge": judge, "pin": PINS[judge]})
    if status != 200:
        fail("sign-in of %s: %d %s" % (judge, status, payload[:200]))
    return {"Cookie": cookie.split(";")[0], "X-CSRF-Token": json.loads(payload)["csrf"]}


def kill9():
    if len(TABLETS) < 50:
        fail("kill9 needs 50 judges' sessions, got %d" % len(TABLETS))
    process, port = start()
    sessions = [(t["judge"], {"Cookie": t["cookie"], "X-CSRF-Token": t["csrf"]}) for t in TABLETS]
    numbers = ["%03d" % n for n in range(101, 301)]
    attempted, acked, problems, lock = [[] for _ in sessions], [], [], threading.Lock()
    stop = threading.Event()

    def submit(index):
        judge, headers = sessions[index]
        # Each judge their own competitors, so no competitor gets more judges than the round allows.
        mine = numbers[index::len(sessions)]
        for k in range(40):
            if stop.is_set():
                return
            body = {"number": mine[k % len(mine)], "round": "practical",
                    "criterion": ["prep", "skill"][k // len(mine) % 2],
                    "score": "%d.%02d" % (10 + (index + k) % 25, k % 100), "request_id": str(uuid.uuid4())}
            attempted[index].append(body)
            try:
                status, _, payload = request(port, "PUT", "/api/v1/marks", body, headers, timeout=30)
            except Exception as error:
                if not stop.is_set():
                    problems.append("request failed: %r" % error)
                return
            if status == 200:
                with lock:
                    acked.append((judge, body))
            else:
                problems.append("mark refused: %d %s" % (status, payload[:300]))
                return
    threads = [threading.Thread(target=submit, args=(i,)) for i in range(len(sessions))]
    [t.start() for t in threads]
    while len(acked) < 300 and any(t.is_alive() for t in threads):
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    stop.set()
    process.wait()
    [t.join() for t in threads]
    sent = sum(len(a) for a in attempted)
    judging = len({judge for judge, _ in acked})
    print("killed -9 with %d judges submitting: %d marks answered 200 of %d sent" % (
        len(sessions), len(acked), sent), flush=True)
    if problems:
        fail(problems[0])
    if len(acked) < 100:
        fail("only %d marks were answered before the kill" % len(acked))
    if judging < len(sessions):
        fail("only %d of the %d judges had a mark answered before the kill" % (judging, len(sessions)))
    database = sqlite3.connect(DB)
    rows = {(j, r): h for j, r, h in database.execute("SELECT judge_id, request_id, hundredths FROM web_request")}
    for judge, body in acked:
        whole, part = body["score"].split(".")
        if rows.get((judge, body["request_id"])) != int(whole) * 100 + int(part):
            fail("mark answered 200 but not stored: %s %s" % (judge, body))
    print("every mark answered 200 is stored (%d)" % len(acked), flush=True)
    database.close()
    process, port = start()

    # The tablets resend, all at once, everything they have not seen answered, and (harmlessly)
    # what they have.
    def resend(index):
        for body in attempted[index]:
            status, _, payload = request(port, "PUT", "/api/v1/marks", body, sessions[index][1])
            if status != 200:
                problems.append("resend after restart: %d %s" % (status, payload[:300]))
                return
    threads = [threading.Thread(target=resend, args=(i,)) for i in range(len(sessions))]
    [t.start() for t in threads]
    [t.join() for t in threads]
    if problems:
        fail(problems[0])
    database = sqlite3.connect(DB)
    count = database.execute("SELECT count(*) FROM web_request").fetchone()[0]
    if count != sent:
        fail("%d requests stored for %d sent" % (count, sent))
    print("after restart every request landed once (%d), sessions survived the restart" % count, flush=True)
    database.close()
    process.send_signal(signal.SIGTERM)
    if process.wait(timeout=10) != 0:
        fail("exit status %d after SIGTERM" % process.returncode)
    verify = subprocess.run([JUDGE, "audit", "verify", "--db", DB], capture_output=True, text=True)
    if verify.returncode != 0:
        fail("audit verify: " + verify.stdout + verify.stderr)
    print("judge audit verify passes", flush=True)


def open_stream(port):
    stream = socket.create_connection(("127.0.0.1", port), timeout=10)
    stream.sendall(b"GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    data = b""
    while b"event: board" not in data:
        chunk = stream.recv(65536)
        if not chunk:
            fail("stream ended before its first board")
        data += chunk
    return stream


def sigterm():
    process, port = start()
    streams = [open_stream(port) for _ in range(100)]
    print("100 event streams open, each with its first board", flush=True)
    started = time.time()
    process.send_signal(signal.SIGTERM)
    try:
        code = process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        fail("still running 5 s after SIGTERM with 100 streams open")
    elapsed = time.time() - started
    if code != 0:
        fail("exit status %d after SIGTERM" % code)
    for stream in streams:
        stream.settimeout(2)
        try:
            while stream.recv(65536):
                pass
        except OSError:
            pass
    print("exited 0 in %.2f s after SIGTERM with 100 streams open" % elapsed, flush=True)


def cli_change():
    process, port = start()
    stream = open_stream(port)
    sheet = os.path.join(os.path.dirname(DB), "paper.csv")
    with open(sheet, "w") as f:
        f.write("number,round,judge,score\r\n002,theory,T1,71\r\n")
    started = time.time()
    imported = subprocess.run(
        [JUDGE, "score", "import", sheet, "--db", DB, "--clerk", "clerk"], capture_output=True, text=True)
    if imported.returncode != 0:
        fail("score import: " + imported.stdout + imported.stderr)
    stream.settimeout(2.5)
    data = b""
    try:
        while b'"entered":1' not in data:
            chunk = stream.recv(65536)
            if not chunk:
                break
            data += chunk
    except socket.timeout:
        pass
    elapsed = time.time() - started
    if b'"entered":1' not in data or elapsed > 2.0:
        fail("the board did not show the CLI's import within 2 s (%.2f s)" % elapsed)
    print("the board showed the CLI's import after %.2f s" % elapsed, flush=True)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=10)


{"kill9": kill9, "sigterm": sigterm, "cli-change": cli_change}[SCENARIO]()
print("ok", flush=True)
