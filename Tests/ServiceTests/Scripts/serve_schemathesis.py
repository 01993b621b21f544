#!/usr/bin/env python3
"""Runs schemathesis against the built `judge serve` from its own /api/v1/openapi.json.

usage: serve_schemathesis.py --check                      exit 0 when schemathesis is installed
       serve_schemathesis.py JUDGE_BINARY DATABASE PINS_JSON
A bounded run (a fixed seed, a fixed number of examples per operation), signed in as the chief
judge so that the signed-in paths are reached too; any 5xx, or an answer the document does not
describe, fails it. Schemathesis runs in a temporary folder, removed after, and keeps no
example database: it writes nothing into the working folder (the seed makes a run repeatable).
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

if sys.argv[1] == "--check":
    sys.exit(0 if shutil.which("schemathesis") or shutil.which("st") else 1)

JUDGE, DB, PINS = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
process = subprocess.Popen(
    [JUDGE, "serve", "--db", DB, "--port", "0", "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
port = None
for line in process.stdout:
    if line.startswith("judge serve:") and " on " in line:
        port = int(line.split(" on ", 1)[1].split(";")[0].rsplit(":", 1)[1])
        break
if port is None:
    print("FAIL: judge serve printed no address")
    sys.exit(1)
base = "http://127.0.0.1:%d" % port
try:
    request = urllib.request.Request(
        base + "/api/v1/session", data=json.dumps({"judge": "C1", "pin": PINS["C1"]}).encode(),
        headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request) as response:
        cookie = response.headers["Set-Cookie"].split(";")[0]
        csrf = json.loads(response.read())["csrf"]
    command = [
        shutil.which("schemathesis") or shutil.which("st"), "run", base + "/api/v1/openapi.json",
        "--url", base, "-H", "Cookie: " + cookie, "-H", "X-CSRF-Token: " + csrf,
        "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
        "--max-examples", os.environ.get("SCHEMATHESIS_EXAMPLES", "30"), "--seed", "13",
        "--phases", "examples,coverage,fuzzing", "--exclude-path", "/api/v1/events",
        "--exclude-operation-id", "signOut", "--no-color", "--request-timeout", "10", "--workers", "1",
        "--generation-database", "none",
    ]
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="schemathesis-") as scratch:
        run = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=scratch)
    print(run.stdout[-6000:])
    print(run.stderr[-2000:])
    print("schemathesis exit %d after %.1f s" % (run.returncode, time.time() - started))
    status = run.returncode
finally:
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=10)
sys.exit(status)
