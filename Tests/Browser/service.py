"""The real `judge serve` for a browser scenario: a fresh database from Fixtures/browser, PINs
issued with `judge judges credentials`, the service on a free loopback port, stopped at the end."""

import json
import os
import re
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path


class Service:
    def __init__(self, judge: str, fixtures: Path):
        self.judge = str(Path(judge).resolve())
        fixtures = Path(fixtures).resolve()
        self.folder = Path(tempfile.mkdtemp(prefix="judge-browser-"))
        self.run(["init", "--config", str(fixtures / "competition.yaml")])
        self.run(["roster", "import", str(fixtures / "roster.csv")])
        issued = self.run(["judges", "credentials"]).stdout
        # The table: 裁判 姓名 PIN; a PIN is 8 digits.
        self.pins = dict(re.findall(r"^\s*([A-Z]+\d+)\s+\S+\s+(\d{6,})", issued, re.MULTILINE))
        assert {"J1", "J2", "J3", "C1"} <= set(self.pins), issued
        self.port = self.free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(self.folder / "serve.log", "w")
        self.process = subprocess.Popen(
            [self.judge, "serve", "--port", str(self.port)], cwd=self.folder, stdout=self.log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL)
        self.wait_until_healthy()

    def run(self, arguments, check=True):
        env = dict(os.environ)
        env.pop("JUDGE_DB", None)
        done = subprocess.run([self.judge, *arguments], cwd=self.folder, capture_output=True, text=True, env=env,
                              stdin=subprocess.DEVNULL, timeout=60)
        if check and done.returncode != 0:
            raise AssertionError(f"judge {' '.join(arguments)}: {done.returncode}\n{done.stdout}\n{done.stderr}")
        return done

    @staticmethod
    def free_port() -> int:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            return probe.getsockname()[1]

    def wait_until_healthy(self, seconds: float = 60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"judge serve exited with {self.process.returncode}: {self.server_log()}")
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as answer:
                    if answer.status == 200 and answer.read() == b"ok":
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"/healthz did not answer within {seconds} s: {self.server_log()}")

    def server_log(self) -> str:
        if not self.log.closed:
            self.log.flush()
        return (self.folder / "serve.log").read_text(errors="replace")[-4000:]

    def board(self) -> dict:
        with urllib.request.urlopen(self.base + "/api/v1/board", timeout=5) as answer:
            return json.loads(answer.read())

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                raise AssertionError("judge serve did not stop within 10 s of SIGTERM")
        self.log.close()
