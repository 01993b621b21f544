#!/usr/bin/env bash
# Cross-checks the Swift `judge` tool against reference.py on random competitions.
#
# Usage: Scripts/reference/crosscheck.sh JUDGE_BIN [COUNT] [FIRST_SEED]
#
# For every seed FIRST_SEED .. FIRST_SEED+COUNT-1 (defaults: 100 seeds from 1):
# generate a competition (random_competition.py), write the reference sheets
# (reference.py), load the same files into a fresh database with JUDGE_BIN,
# export its sheets with --headers keys, and compare every trade's sheet byte
# for byte (cmp).  Stops at the first mismatch, prints the seed and a diff,
# and exits 1.  Prints "N passed, M failed" at the end.
#
# Environment:
#   PYTHON=python3      interpreter for the generator and the reference
#   GEN_ARGS=...        extra generator flags, e.g. GEN_ARGS=--wild-qualify
#   KEEP_GOING=1        report every failing seed instead of stopping at the first
#   KEEP_TEMP=1         keep the folders of passing seeds too
set -u -o pipefail

if [ $# -lt 1 ] || [ $# -gt 3 ]; then
    echo "usage: $0 JUDGE_BIN [COUNT] [FIRST_SEED]" >&2
    exit 2
fi
JUDGE_BIN=$1
COUNT=${2:-100}
FIRST=${3:-1}
case "$COUNT$FIRST" in *[!0-9]*)
    echo "$0: COUNT and FIRST_SEED must be whole numbers" >&2
    exit 2 ;;
esac
if [ ! -x "$JUDGE_BIN" ] && ! command -v "$JUDGE_BIN" >/dev/null 2>&1; then
    echo "$0: $JUDGE_BIN is not an executable" >&2
    exit 2
fi
case "$JUDGE_BIN" in
    */*) JUDGE_BIN=$(cd "$(dirname "$JUDGE_BIN")" && pwd)/$(basename "$JUDGE_BIN") ;;
esac

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=${PYTHON:-python3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/judge-crosscheck.XXXXXX")
passed=0
failed=0

summary() {
    echo "$passed passed, $failed failed"
}

# Records a failure; unless KEEP_GOING=1, prints the summary and exits 1.
fail() {
    failed=$((failed + 1))
    if [ "${KEEP_GOING:-0}" != 1 ]; then
        echo "(files kept in $WORK/seed-$seed)"
        summary
        exit 1
    fi
}

# Explains a byte difference that a text diff cannot show.
explain() {
    local want=$1 got=$2
    cmp "$want" "$got" 2>&1 | sed 's/^/  /'
    local bom_want bom_got
    bom_want=$(head -c 3 "$want" | od -An -tx1 | tr -d ' \n')
    bom_got=$(head -c 3 "$got" | od -An -tx1 | tr -d ' \n')
    if [ "$bom_want" = efbbbf ] && [ "$bom_got" != efbbbf ]; then
        echo "  note: the Swift sheet has no UTF-8 byte-order mark"
    elif [ "$bom_want" != efbbbf ] && [ "$bom_got" = efbbbf ]; then
        echo "  note: the Swift sheet has a byte-order mark the reference lacks"
    fi
    if [ "$(tail -c 2 "$want" | od -An -tx1 | tr -d ' \n')" != "$(tail -c 2 "$got" | od -An -tx1 | tr -d ' \n')" ]; then
        echo "  note: the files end differently (reference ends every row, the last too, with CRLF)"
    fi
    if diff -q --strip-trailing-cr "$want" "$got" >/dev/null 2>&1; then
        echo "  note: the files differ only in line ends (CR)"
    fi
}

for ((seed = FIRST; seed < FIRST + COUNT; seed++)); do
    T="$WORK/seed-$seed"
    mkdir -p "$T"

    # shellcheck disable=SC2086  # GEN_ARGS is a list of flags
    if ! "$PY" "$HERE/random_competition.py" --seed "$seed" --out "$T" ${GEN_ARGS:-} 2>"$T/generator.err"; then
        echo "seed $seed: the generator failed:"
        cat "$T/generator.err"
        fail
        continue
    fi

    if ! "$PY" "$HERE/reference.py" --config "$T/competition.yaml" --roster "$T/roster.csv" \
        --marks "$T/marks.csv" --times "$T/times.csv" --out "$T/reference" 2>"$T/reference.err"; then
        echo "seed $seed: the reference refused its own generated input:"
        cat "$T/reference.err"
        fail
        continue
    fi

    if ! {
        "$JUDGE_BIN" --db "$T/db.sqlite" init --config "$T/competition.yaml" &&
            "$JUDGE_BIN" --db "$T/db.sqlite" roster import "$T/roster.csv" &&
            "$JUDGE_BIN" --db "$T/db.sqlite" score import "$T/marks.csv" &&
            "$JUDGE_BIN" --db "$T/db.sqlite" time import "$T/times.csv" &&
            "$JUDGE_BIN" --db "$T/db.sqlite" results export --out "$T/swift" --headers keys
    } >"$T/swift.log" 2>&1; then
        echo "seed $seed: the Swift tool failed on valid input (inputs in $T):"
        cat "$T/swift.log"
        fail
        continue
    fi

    mismatch=0
    for want in "$T"/reference/*.csv; do
        name=$(basename "$want")
        got="$T/swift/$name"
        if [ ! -f "$got" ]; then
            echo "seed $seed: the Swift tool wrote no $name"
            mismatch=1
            break
        fi
        if ! cmp -s "$want" "$got"; then
            echo "seed $seed: $name differs (reference: $want, swift: $got)"
            explain "$want" "$got"
            diff -u --label "reference/$name" --label "swift/$name" "$want" "$got" | head -n 80
            mismatch=1
            break
        fi
    done
    if [ "$mismatch" = 0 ]; then
        for got in "$T"/swift/*.csv; do
            [ -e "$got" ] || continue
            name=$(basename "$got")
            # Advancement lists (晋级名单) of rounds with qualify sit beside the sheets.
            case "$name" in *-advance-*.csv) continue ;; esac
            if [ ! -f "$T/reference/$name" ]; then
                echo "seed $seed: the Swift tool wrote $name, which is no trade's sheet"
                mismatch=1
                break
            fi
        done
    fi

    if [ "$mismatch" = 1 ]; then
        fail
        continue
    fi
    passed=$((passed + 1))
    if [ "${KEEP_TEMP:-0}" != 1 ]; then
        rm -rf "$T"
    fi
done

summary
if [ "$failed" -gt 0 ]; then
    echo "(failing seeds' files kept in $WORK)"
    exit 1
fi
if [ "${KEEP_TEMP:-0}" != 1 ]; then
    rmdir "$WORK" 2>/dev/null || true
fi
exit 0
