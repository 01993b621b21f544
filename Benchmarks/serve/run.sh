#!/usr/bin/env bash
# Load benchmark of `judge serve` (not a test; figures in README.md beside this file):
#   1. 50 judges' sessions submitting marks over loopback (wrk, a Lua script), marks/s, p50, p99;
#   2. beside it, the bare SQLite rate of the same single-row transactions in the same run;
#   3. how long after a lock the board event reaches all of 500 open event streams.
# usage: Benchmarks/serve/run.sh [SECONDS]   (BENCH_JUDGE=path/to/judge to skip the release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
if [ -z "${BENCH_JUDGE:-}" ]; then
    swift build -c release --product judge >/dev/null
    BENCH_JUDGE="$(swift build -c release --show-bin-path)/judge"
fi
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
python3 Benchmarks/serve/bench.py "$BENCH_JUDGE" "$seconds"
