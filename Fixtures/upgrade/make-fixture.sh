#!/usr/bin/env bash
# Writes a database with the given judge, for UpgradeTests: marks, a replaced mark, a replaced
# time, a competitor edited, an extra batch reverted, both rounds locked and version 1 published.
#
#   Fixtures/upgrade/make-fixture.sh path/to/judge Fixtures/upgrade/COMMIT.sqlite
#
# Run it with the build of the commit the file is named after, before a schema change.
set -euo pipefail
judge=$(realpath "$1")
out=$(realpath -m "$2")
fixtures=$(realpath "$(dirname "$0")/..")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export TZ=UTC
"$judge" init --config "$fixtures/publication/competition.yaml"
"$judge" roster import "$fixtures/e2e/roster.csv"
"$judge" score import --clerk 录入员甲 "$fixtures/e2e/marks.csv"
printf 'number,round,judge,score\n1,theory,T1,77\n' >fix.csv
"$judge" score import --clerk 录入员乙 --replace fix.csv
printf 'number,round,time\n1,practical,720\n' >t.csv
"$judge" time import t.csv
printf 'number,round,time\n1,practical,660\n' >t2.csv
"$judge" time import --replace t2.csv
"$judge" competitors edit 3 --unit 丙公司二部 --reason 报名表更正
printf 'number,round,judge,score,criterion\n3,practical,J4,30,prep\n' >extra.csv
"$judge" score import extra.csv
"$judge" score revert --batch 7 --reason 误录
"$judge" lock --trade nursery --round theory --chief C1
"$judge" lock --trade nursery --round practical --chief C1
"$judge" results publish --trade nursery --out pub --chief C1
"$judge" audit verify
rm -f "$out"
sqlite3 judge.sqlite "VACUUM INTO '$out'"
