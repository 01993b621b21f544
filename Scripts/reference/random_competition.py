#!/usr/bin/env python3
"""Generates a random, valid and complete competition for cross-checking.

Writes DIR/competition.yaml, DIR/roster.csv, DIR/marks.csv and DIR/times.csv
in the formats of CLI.md.  The same seed always gives the same files.

The generator leans towards edge cases: ties (marks come from a small set of
values), cuts with ties at the boundary, min_score / min_total equal to an
actual score, percent tiers whose quota is an exact half, competitor numbers
of differing lengths and text numbers, missing times, empty trades.

Qualification is computed with reference.py's own functions, so marks are
entered only for the rounds a competitor was admitted to.

By default qualifying cuts form a chain (once a round has a cut, every later
round has one, each after the round just before it, except the first cut,
which may follow any earlier round), so that "admitted to a round" means the
same whether elimination is read as per-round or as sequential.  --wild-qualify
drops that restriction.

Usage:
    python3 random_competition.py --seed N --out DIR [--wild-qualify]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
from fractions import Fraction

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference as ref  # noqa: E402

TRADES = [
    ("nursery", "育婴员"),
    ("caregiver", "家庭照护员"),
    ("housekeeping", "家政服务员"),
    ("elder_care", "养老护理员"),
    ("cook-2", "中式烹调师"),
]
ROUNDS = [
    ("theory", "理论知识"),
    ("practical", "实际操作"),
    ("oral", "现场答辩"),
    ("design", "方案设计"),
    ("final_2", "决赛"),
]
CRITERIA = [
    ("prep", "操作准备"),
    ("skill", "操作技能"),
    ("care", "人文关怀"),
    ("safety", "安全规范"),
    ("comm", "沟通表达"),
]
JUDGES = [("T1", "阅卷组", "区人社局")] + [
    (f"J{i}", name, unit)
    for i, (name, unit) in enumerate(
        [
            ("王芳", "区总工会"),
            ("李强", "区妇联"),
            ("张伟", "区人社局"),
            ("刘洋", "北京市家政协会"),
            ("陈静", "区职业技能鉴定所"),
            ("杨帆", "区总工会"),
            ("赵敏", "区卫健委"),
        ],
        start=1,
    )
]
PANEL = [j[0] for j in JUDGES[1:]]  # J1..J7
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["芳", "伟", "娜", "秀英", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀兰", "霞"]
LATIN_NAMES = ["Anna Li", 'Tom "TJ" Zhou', "Zhang, Wei", "Maria"]
UNITS = [
    "顺义区家政服务中心",
    "北京阳光家政有限公司",
    '北京市"好帮手"家政服务有限公司',
    "顺义区后沙峪镇, 社区服务站",
    "仁和镇社区卫生服务中心",
    "个人",
]
# Recusal (回避): a judge may not mark a competitor of the same unit, so no competitor
# unit is ever a judge's unit (judge refuses such a mark).
assert not {unit for _, _, unit in JUDGES} & set(UNITS), "a competitor unit equals a judge's unit"
MAXES = [10, 20, 30, 50, 70, 100, 100, 100, 37, 15, 45, 99, 60, 5]
PRIZE_NAMES = ["一等奖", "二等奖", "三等奖", "优胜奖"]
TITLES = ["顺义工匠", "技术能手", "岗位标兵"]
PERCENTS = [5, 10, 10, 15, 20, 25, 30, 33, 40, 50, Fraction(25, 2)]
TIME_POOL = [45, 59, 60, 61, 90, 600, 754, 899, 900, 1800, 2399, 3599, 3600, 3725, 5400]


# --------------------------------------------------------------------------
# Small helpers


def compose(rng: random.Random, total: int, parts: int) -> list:
    """`parts` positive integers summing to `total`."""
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    bounds = [0] + cuts + [total]
    return [b - a for a, b in zip(bounds, bounds[1:])]


def yaml_number(value):
    """int when whole, else a float whose repr is the exact decimal (<= 2 places)."""
    value = Fraction(value)
    if value.denominator == 1:
        return int(value)
    f = float(value)
    assert Fraction(repr(f)) == value, value
    return f


def random_decimal(rng: random.Random, vmax) -> Fraction:
    """0..vmax with 0-2 decimal places."""
    r = rng.random()
    if r < 0.12:
        return Fraction(0)
    if r < 0.25:
        return Fraction(vmax)
    if r < 0.6:
        return Fraction(rng.randint(0, int(vmax)))
    if r < 0.8:
        return Fraction(rng.randint(0, int(2 * vmax)), 2)
    return Fraction(rng.randint(0, int(100 * vmax)), 100)


def value_set(rng: random.Random, vmax: int) -> list:
    """A SMALL set of marks so that ties are frequent."""
    size = rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 8])
    vals = set()
    for _ in range(100):
        if len(vals) >= size:
            break
        vals.add(random_decimal(rng, vmax))
    return sorted(vals)


def format_mark(rng: random.Random, value: Fraction) -> str:
    """0-2 decimal places; sometimes padded ("85.0", "85.50")."""
    h = value * 100
    assert h.denominator == 1
    h = int(h)
    needed = 0 if h % 100 == 0 else (1 if h % 10 == 0 else 2)
    places = rng.randint(needed, 2) if rng.random() < 0.3 else needed
    if places == 0:
        return str(h // 100)
    if places == 1:
        return f"{h // 100}.{(h % 100) // 10}"
    return f"{h // 100}.{h % 100:02d}"


def format_time(rng: random.Random, seconds: int) -> str:
    forms = [str(seconds)]
    if seconds < 3600:
        forms.append(f"{seconds // 60}:{seconds % 60:02d}")
    forms.append(f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}")
    return rng.choice(forms)


def make_numbers(rng: random.Random, count: int) -> list:
    """Unique competitor numbers: whole numbers of differing lengths, text, or both.

    Text numbers start with an upper-case letter, so every text number sorts
    after every whole number and the mixed order stays a total order.
    """
    style = rng.choice(["int", "int", "text", "mixed"])
    out, seen_text, seen_int = [], set(), set()
    guard = 0
    while len(out) < count:
        guard += 1
        if guard > 100000:
            raise RuntimeError("could not make unique numbers")
        kind = style if style != "mixed" else rng.choice(["int", "text"])
        if kind == "int":
            digits = rng.choice([1, 2, 3, 3, 4])
            v = rng.randint(1 if digits == 1 else 10 ** (digits - 1), 10**digits - 1)
            if v in seen_int:
                continue
            text = str(v)
            if len(text) < 3 and rng.random() < 0.05:
                text = text.zfill(3)  # "007": whole number, compared as 7
        else:
            prefix = rng.choice(["A", "A", "B", "C", "NY", "ZH"])
            sep = rng.choice(["-", "-", ""])
            v = rng.randint(1, rng.choice([9, 20, 120]))
            text = f"{prefix}{sep}{v}"
        if text in seen_text:
            continue
        if kind == "int":
            seen_int.add(v)
        seen_text.add(text)
        out.append(text)
    return out


def csv_text(rng: random.Random, rows: list) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=rng.choice(["\r\n", "\n"]))
    writer.writerows(rows)
    data = buf.getvalue().encode("utf-8")
    if rng.random() < 0.3:
        data = b"\xef\xbb\xbf" + data
    return data


# --------------------------------------------------------------------------
# The competition


def make_rounds(rng: random.Random, wild: bool):
    """Round dicts (qualify values still to decide) and {index: cut kind}."""
    n = rng.choices([1, 2, 3, 4], weights=[2, 5, 3, 2])[0]
    picked = rng.sample(ROUNDS, n)
    if rng.random() < 0.3 and n > 1:
        # weight == max: a plain sum (e.g. theory 30 + practical 70)
        maxes = compose(rng, 100, n)
        weights = list(maxes)
    else:
        maxes = [rng.choice(MAXES) for _ in range(n)]
        if n == 1:
            weights = [100]
        elif n == 2 and rng.random() < 0.5:
            weights = list(rng.choice([(30, 70), (40, 60), (50, 50), (20, 80), (1, 99), (70, 30)]))
        else:
            weights = compose(rng, 100, n)
        for i in range(n):  # sometimes weight == max for a round only
            if rng.random() < 0.15:
                maxes[i] = weights[i]
    rounds = []
    for i, (rid, name) in enumerate(picked):
        d = {"id": rid, "name": name, "max": maxes[i], "weight": weights[i]}
        method = rng.choice(ref.METHODS)
        if method != "mean" or rng.random() < 0.6:
            d["aggregate"] = method
        k = 1
        if method == "trimmed-mean":
            k = rng.choice([1, 1, 2])
            if k != 1 or rng.random() < 0.5:
                d["trim"] = k
        if rng.random() < 0.5:
            d["judges"] = {
                "single": 1,
                "mean": rng.randint(1, 5),
                "median": rng.randint(1, 5),
                "trimmed-mean": rng.randint(2 * k + 1, 7),
            }[method]
        if maxes[i] >= 2 and rng.random() < 0.3:
            count = rng.randint(2, min(4, maxes[i]))
            cmaxes = compose(rng, maxes[i], count)
            d["criteria"] = [
                {"id": cid, "name": cname, "max": m}
                for (cid, cname), m in zip(rng.sample(CRITERIA, count), cmaxes)
            ]
        rounds.append(d)

    cuts = {}  # index -> "top" | "min_score"
    if n >= 2 and rng.random() < 0.45:
        if wild:
            for i in range(1, n):
                if rng.random() < 0.5:
                    cuts[i] = rng.randrange(i)
        else:
            first = n - 1 if rng.random() < 0.7 else rng.randint(1, n - 1)
            for i in range(first, n):
                cuts[i] = rng.randrange(first) if i == first else i - 1
    kinds = {}
    for i, after in cuts.items():
        rounds[i]["qualify"] = {"after": rounds[after]["id"]}
        kinds[i] = rng.choice(["top", "top", "min_score"])
    return rounds, kinds


def decide_cut(rng, rnd_dict, kind, rounds_by_id, state):
    """Fills in top / min_score from the earlier round's actual scores."""
    after = rnd_dict["qualify"]["after"]
    pools = []
    for trade_state in state.values():
        pools.append(
            sorted(
                (trade_state["scores"][(n, after)] for n in trade_state["admitted"][after]),
                reverse=True,
            )
        )
    if kind == "top":
        biggest = max((len(p) for p in pools), default=0)
        if biggest and rng.random() < 0.6:
            n = rng.randint(1, biggest + 1)
        else:
            n = rng.choice([1, 2, 3, 5, 8, 10, 12, 15, 20, 30])
        rnd_dict["qualify"]["top"] = n
    else:
        everything = [s for p in pools for s in p]
        if everything and rng.random() < 0.6:
            value = rng.choice(everything)  # a score sits exactly on the cut
        else:
            value = random_decimal(rng, rounds_by_id[after]["max"])
        rnd_dict["qualify"]["min_score"] = yaml_number(value)


def make_roster(rng: random.Random, trades: list) -> list:
    counts = []
    for _ in trades:
        counts.append(
            rng.choices(
                [0, 1, 2, rng.randint(3, 8), rng.randint(9, 20), rng.randint(21, 40)],
                weights=[4, 4, 4, 25, 33, 30],
            )[0]
        )
    numbers = make_numbers(rng, sum(counts))
    roster = []
    it = iter(numbers)
    for (tid, _), count in zip(trades, counts):
        for _ in range(count):
            r = rng.random()
            status = (
                "active" if r < 0.85 else "absent" if r < 0.91 else "disqualified" if r < 0.95 else "withdrawn"
            )
            if rng.random() < 0.05:
                name = rng.choice(LATIN_NAMES)
            else:
                name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            roster.append(ref.Competitor(next(it), name, rng.choice(UNITS), tid, status))
    rng.shuffle(roster)
    return roster


def make_marks(rng, rnd: ref.Round, numbers: list, marks: dict, rows: list):
    """Complete marks for `rnd` for the given competitors; adds CSV rows."""
    if rnd.criteria:
        sets = {c.id: value_set(rng, int(c.max)) for c in rnd.criteria}
    else:
        sets = {None: value_set(rng, int(rnd.max))}
    fixed_panel = rng.random() < 0.7

    def panel_size():
        if rnd.judges is not None:
            return rnd.judges
        if rnd.method == "single":
            return 1
        if rnd.method == "trimmed-mean":
            return rng.randint(2 * rnd.trim + 1, len(PANEL))
        return rng.randint(1, 5)

    pool = ["T1"] + PANEL if rnd.method == "single" else PANEL
    panel = rng.sample(pool, panel_size())
    for n in numbers:
        judges = panel if fixed_panel else rng.sample(pool, panel_size())
        per_judge = marks.setdefault((n, rnd.id), {})
        for j in judges:
            for crit, values in sets.items():
                text = format_mark(rng, rng.choice(values))
                per_judge.setdefault(j, {})[crit] = ref.parse_mark_text(text)
                rows.append([n, rnd.id, j, text] + ([crit] if crit is not None else []))


def generate(seed: int, wild: bool = False) -> dict:
    rng = random.Random(seed)
    trades = rng.sample(TRADES, rng.choices([1, 2, 3], weights=[3, 4, 3])[0])
    round_dicts, kinds = make_rounds(rng, wild)
    rounds_by_id = {d["id"]: d for d in round_dicts}
    roster = make_roster(rng, trades)

    marks: dict = {}
    mark_rows: list = []
    state = {
        tid: {
            "active": [c.number for c in roster if c.trade == tid and c.status == "active"],
            "admitted": {},
            "scores": {},
        }
        for tid, _ in trades
    }
    for i, d in enumerate(round_dicts):
        if i in kinds:
            decide_cut(rng, d, kinds[i], rounds_by_id, state)
        rnd = ref.round_from_dict(ref.load_yaml_text(yaml.safe_dump(d)))
        for tid, st in state.items():
            adm = ref.admitted_for_round(rnd, st["active"], st["admitted"], st["scores"])
            st["admitted"][rnd.id] = adm
            ordered = sorted(adm, key=ref.number_key)
            make_marks(rng, rnd, ordered, marks, mark_rows)
            for n in ordered:
                score, missing = ref.round_score(rnd, marks[(n, rnd.id)], who=n)
                assert score is not None, missing
                st["scores"][(n, rnd.id)] = score

    # Tie-break chain: round ids and time:<round>, any order.
    keys = [d["id"] for d in round_dicts] + [f"time:{d['id']}" for d in round_dicts]
    chain = rng.sample(keys, min(len(keys), rng.choice([0, 1, 1, 2, 2, 3])))

    # Times: for the rounds a time: key names, sometimes others; some missing.
    time_rounds = {k[5:] for k in chain if k.startswith("time:")}
    for d in round_dicts:
        if rng.random() < 0.15:
            time_rounds.add(d["id"])
    times: dict = {}
    time_rows: list = []
    for rid in [d["id"] for d in round_dicts if d["id"] in time_rounds]:
        pool = rng.sample(TIME_POOL, rng.randint(1, 4))
        coverage = rng.choice([0.0, 0.5, 0.75, 0.9, 1.0])
        for st in state.values():
            for n in sorted(st["admitted"][rid], key=ref.number_key):
                if rng.random() < coverage:
                    seconds = rng.choice(pool)
                    times[(n, rid)] = seconds
                    time_rows.append([n, rid, format_time(rng, seconds)])

    # Prizes.
    tiers = []
    for k in range(rng.choices([1, 2, 3, 4], weights=[2, 3, 4, 2])[0]):
        t = {"name": PRIZE_NAMES[k]}
        if rng.random() < 0.6:
            t["count"] = rng.randint(1, 6)
        else:
            t["percent"] = yaml_number(rng.choice(PERCENTS))
        if rng.random() < (0.6 if k == 0 else 0.15):
            t["title"] = TITLES[min(k, len(TITLES) - 1)]
        tiers.append(t)

    data = {
        "competition": {
            "id": f"random-{seed}",
            "name": f'{seed}号"工匠杯"随机竞赛',
        },
        "trades": [{"id": tid, "name": name} for tid, name in trades],
        "rounds": round_dicts,
        "judges": [{"id": j, "name": name, "unit": unit} for j, name, unit in JUDGES],
    }
    if chain or rng.random() < 0.5:
        data["tie_break"] = chain
    rounding = rng.choice([None, "floor", "half-up", "half-up"])
    if rounding:
        data["percent_rounding"] = rounding
    data["prizes"] = tiers

    # min_total: often exactly a total someone has, so `>=` is exercised.
    comp = ref.competition_from_dict(ref.load_yaml_text(yaml.safe_dump(data, allow_unicode=True)))
    totals = []
    for tid, _ in trades:
        for ln in ref.evaluate_trade(comp, tid, roster, marks, times):
            if ln.total is not None:
                totals.append(ln.total)
    for t in tiers:
        if rng.random() < 0.25:
            if totals and rng.random() < 0.6:
                t["min_total"] = yaml_number(rng.choice(totals))
            else:
                t["min_total"] = yaml_number(random_decimal(rng, 100))

    rng.shuffle(mark_rows)
    rng.shuffle(time_rows)
    return {
        "rng": rng,
        "data": data,
        "roster": roster,
        "mark_rows": mark_rows,
        "time_rows": time_rows,
        "has_criteria": any("criteria" in d for d in round_dicts),
    }


def write(gen: dict, out: str) -> None:
    rng = gen["rng"]
    os.makedirs(out, exist_ok=True)
    text = yaml.safe_dump(gen["data"], allow_unicode=True, sort_keys=False, width=1000)
    with open(os.path.join(out, "competition.yaml"), "w", encoding="utf-8") as f:
        f.write(text)

    roster = gen["roster"]
    with_status = any(c.status != "active" for c in roster) or rng.random() < 0.5
    rows = [["number", "name", "unit", "trade"] + (["status"] if with_status else [])]
    for c in roster:
        row = [c.number, c.name, c.unit, c.trade]
        if with_status:
            row.append(c.status if c.status != "active" or rng.random() < 0.5 else "")
        rows.append(row)
    with open(os.path.join(out, "roster.csv"), "wb") as f:
        f.write(csv_text(rng, rows))

    with_criterion = gen["has_criteria"] or rng.random() < 0.2
    rows = [["number", "round", "judge", "score"] + (["criterion"] if with_criterion else [])]
    for r in gen["mark_rows"]:
        r = list(r)
        if with_criterion and len(r) == 4:
            r.append("")
        rows.append(r)
    with open(os.path.join(out, "marks.csv"), "wb") as f:
        f.write(csv_text(rng, rows))

    rows = [["number", "round", "time"]] + gen["time_rows"]
    with open(os.path.join(out, "times.csv"), "wb") as f:
        f.write(csv_text(rng, rows))


def self_check(out: str) -> None:
    """The files as written must load and score without a refusal."""
    comp = ref.load_competition(os.path.join(out, "competition.yaml"))
    roster = ref.read_roster(os.path.join(out, "roster.csv"), comp)
    marks = ref.read_marks(os.path.join(out, "marks.csv"), comp, roster)
    times = ref.read_times(os.path.join(out, "times.csv"), comp, roster)
    for tid, _ in comp.trades:
        ref.evaluate_trade(comp, tid, roster, marks, times)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Random valid, complete competition.")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument(
        "--wild-qualify",
        action="store_true",
        help="cuts on any later round after any earlier round (not only a chain)",
    )
    args = p.parse_args(argv)
    write(generate(args.seed, args.wild_qualify), args.out)
    try:
        self_check(args.out)
    except ref.Refusal as e:
        print(f"random_competition: seed {args.seed}: generated input refused: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
