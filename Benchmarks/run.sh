#!/usr/bin/env bash
# Benchmark judge against the sqlite3 shell; writes BENCHMARKS.md.
#
#   Benchmarks/run.sh                 # N = 1000 10000 100000, rewrites BENCHMARKS.md
#   Benchmarks/run.sh 1000            # the smoke size (under a minute after the build);
#                                     # report in .build-bench/data/report.md
#
# Environment: BENCH_REPORT (where the report goes: default BENCHMARKS.md without
# arguments, .build-bench/data/report.md with explicit sizes; empty = print only),
# BENCH_BUDGET (seconds allowed per size at N >= 100000, default 900; judge runs
# are killed past 60% of it and repetitions stop early), BENCH_SKIP_BUILD=1,
# BENCH_JUDGE=PATH (measure that binary, e.g. CI's debug build, and skip the build),
# BENCH_RECORD_DIGESTS=1 (store the sheets' SHA-256 for sizes not yet in
# Benchmarks/export-digests.txt; every later run must reproduce them byte for byte).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
default_report=.build-bench/data/report.md
if [ ${#sizes[@]} -eq 0 ]; then
    sizes=(1000 10000 100000)
    default_report=BENCHMARKS.md
fi

for tool in sqlite3 python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || {
        echo "run.sh: $tool is missing (GNU time: apt-get update && apt-get install -y time)" >&2
        exit 1
    }
done

scratch=.build-bench
judge="${BENCH_JUDGE:-$scratch/release/judge}"
if [ -z "${BENCH_JUDGE:-}" ] && [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    # The Swift runtime and Foundation linked in: resolving their symbols at every start
    # cost a typed mark more than its work (see "Deployment" in BENCHMARKS.md).
    echo "building judge (release, --static-swift-stdlib, --scratch-path $scratch)" >&2
    swift build -c release --static-swift-stdlib --product judge --scratch-path "$scratch" >&2
fi

report_args=()
[ "${BENCH_RECORD_DIGESTS:-0}" != 1 ] || report_args+=(--record-digests)
report="${BENCH_REPORT-$default_report}"
[ -z "$report" ] || report_args+=(--report "$report")

exec python3 Benchmarks/bench.py \
    --judge "$judge" \
    --data "$scratch/data" \
    --budget "${BENCH_BUDGET:-900}" \
    --command "Benchmarks/run.sh${*:+ $*}" \
    "${report_args[@]}" \
    "${sizes[@]}"
