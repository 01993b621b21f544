#!/usr/bin/env python3
"""Generate the bundled, synthetic seed competitions of `judge`.

    python3 Scripts/generate_seeds.py           # (re)write Config/*.yaml and seeds/**
    python3 Scripts/generate_seeds.py --check   # exit 1 if the files on disk differ

Writes, relative to the repository root:

    Config/shunyi-2024.yaml           seeds/shunyi-2024/{roster,marks}.csv
    Config/chaoyang-auto-2024.yaml    seeds/chaoyang-auto-2024/{roster,marks,times}.csv
    seeds/<competition>/expected/<trade>.csv   the result sheets this script computes
    seeds/README.md

Everything is synthetic: names are drawn from fixed character lists, companies
are made up. Output is deterministic (fixed seeds, no clock, no set iteration)
and byte-identical from run to run.

The script carries its own implementation of SCORING.md (exact arithmetic with
`fractions.Fraction`, half-up rounding to 2 places at the round score and the
total only) and uses it to engineer ties at the prize boundaries, then asserts
that the engineered properties hold. Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------
# Competition model (mirrors the YAML of CLI.md)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Criterion:
    id: str
    name: str
    max: int


@dataclass(frozen=True)
class Round:
    id: str
    name: str
    max: int
    weight: int
    aggregate: str
    judges: int | None = None
    trim: int = 1
    criteria: tuple[Criterion, ...] = ()
    qualify: tuple[str, str, int] | None = None  # (after, "top" | "min_score", value)


@dataclass(frozen=True)
class Tier:
    name: str
    count: int | None = None
    percent: int | None = None
    title: str | None = None
    min_total: int | None = None


@dataclass(frozen=True)
class Judge:
    id: str
    name: str
    unit: str
    chief: bool = False  # 裁判长: locks rounds, corrects, publishes; marks nothing here


@dataclass(frozen=True)
class Trade:
    id: str
    name: str


@dataclass
class Competition:
    id: str
    name: str
    trades: list[Trade]
    rounds: list[Round]
    judges: list[Judge]
    tie_break: list[str]
    prizes: list[Tier]
    percent_rounding: str | None = None  # None: not written, i.e. the default (floor)
    comments: dict[str, str] = field(default_factory=dict)
    # The printed documents' title block and 公示 contact; "" = not written.
    organizer: str = ""
    contact: str = ""

    def round(self, rid: str) -> Round:
        return next(r for r in self.rounds if r.id == rid)


@dataclass
class Competitor:
    number: int
    name: str
    unit: str
    trade: str
    status: str = ""  # "" = active

    @property
    def active(self) -> bool:
        return self.status in ("", "active")


# marks[number][round_id][judge_id][criterion_id or ""] = hundredths (int)
Marks = dict[int, dict[str, dict[str, dict[str, int]]]]
# times[number][round_id] = (seconds, text as written in times.csv)
Times = dict[int, dict[str, tuple[int, str]]]

# --------------------------------------------------------------------------
# Exact arithmetic (SCORING.md section 1)
# --------------------------------------------------------------------------


def round_half_up(x: Fraction) -> Fraction:
    """Half-up (四舍五入) to 2 places; x >= 0."""
    assert x >= 0
    n = x * 100
    return Fraction((2 * n.numerator + n.denominator) // (2 * n.denominator), 100)


def fmt2(x: Fraction) -> str:
    """A score as printed on a sheet: exactly 2 places."""
    h = x * 100
    assert h.denominator == 1, x
    h = h.numerator
    return f"{h // 100}.{h % 100:02d}"


def fmt3(x: Fraction) -> str:
    """An unrounded total (at most 3 places with these weights), for the summary."""
    t = x * 1000
    assert t.denominator == 1, x
    return f"{t.numerator // 1000}.{t.numerator % 1000:03d}"


def fmt_mark(h: int) -> str:
    """A mark in hundredths as an organizer would type it: 86, 86.5, 86.25."""
    assert h >= 0
    whole, frac = divmod(h, 100)
    if frac == 0:
        return str(whole)
    if frac % 10 == 0:
        return f"{whole}.{frac // 10}"
    return f"{whole}.{frac:02d}"


def fmt_time(seconds: int, style: str) -> str:
    if style == "s":
        return str(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if style == "m:ss" and h == 0:
        return f"{m}:{s:02d}"
    return f"{h}:{m:02d}:{s:02d}"


def to_half_steps(x: float, lo: float, hi: float) -> int:
    """A realistic mark in 0.5 steps, as hundredths, clamped to [lo, hi]."""
    x = min(max(x, lo), hi)
    return int(round(x * 2)) * 50


# --------------------------------------------------------------------------
# Scoring (SCORING.md sections 2-7)
# --------------------------------------------------------------------------


def judge_mark(rnd: Round, by_criterion: dict[str, int]) -> Fraction:
    if rnd.criteria:
        assert sorted(by_criterion) == sorted(c.id for c in rnd.criteria), by_criterion
        for c in rnd.criteria:
            assert 0 <= by_criterion[c.id] <= c.max * 100
    else:
        assert list(by_criterion) == [""]
        assert 0 <= by_criterion[""] <= rnd.max * 100
    return Fraction(sum(by_criterion.values()), 100)


def round_score(rnd: Round, judges: dict[str, dict[str, int]]) -> Fraction:
    marks = sorted(judge_mark(rnd, m) for m in judges.values())
    if rnd.judges is not None:
        assert len(marks) == rnd.judges, (rnd.id, len(marks))
    if rnd.aggregate == "single":
        assert len(marks) == 1
        raw = marks[0]
    elif rnd.aggregate == "mean":
        raw = sum(marks, Fraction(0)) / len(marks)
    elif rnd.aggregate == "trimmed-mean":
        k = rnd.trim
        assert len(marks) >= 2 * k + 1
        kept = marks[k : len(marks) - k]
        raw = sum(kept, Fraction(0)) / len(kept)
    elif rnd.aggregate == "median":
        n = len(marks)
        raw = marks[n // 2] if n % 2 else (marks[n // 2 - 1] + marks[n // 2]) / 2
    else:
        raise ValueError(rnd.aggregate)
    return round_half_up(raw)


def raw_total(comp: Competition, scores: dict[str, Fraction]) -> Fraction:
    return sum((Fraction(r.weight) * scores[r.id] / r.max for r in comp.rounds), Fraction(0))


def competition_ranks(values: list[tuple[int, object]]) -> dict[int, int]:
    """Standard competition ranking (1, 2, 2, 4) of (number, key), higher key first."""
    return {n: 1 + sum(1 for _, k2 in values if k2 > k) for n, k in values}


def qualifies(comp: Competition, people: list[Competitor], marks: Marks, rnd: Round) -> dict[int, bool]:
    """Who in `people` (one trade) is admitted to `rnd` (SCORING.md section 6)."""
    if rnd.qualify is None:
        return {c.number: True for c in people}
    after, kind, value = rnd.qualify
    prev = comp.round(after)
    active = [c for c in people if c.active]
    score = {c.number: round_score(prev, marks[c.number][after]) for c in active}
    if kind == "top":
        ranks = competition_ranks([(n, s) for n, s in score.items()])
        return {n: ranks[n] <= value for n in score}
    return {n: s >= value for n, s in score.items()}


@dataclass
class Row:
    c: Competitor
    group: str  # ranked | not-qualified | absent | disqualified | withdrawn
    scores: dict[str, Fraction]
    raw: Fraction | None = None
    total: Fraction | None = None
    key: tuple = ()
    rank: int | None = None
    prize: str = ""
    title: str = ""


def tier_counts(comp: Competition, ranked: int) -> list[int]:
    out = []
    for t in comp.prizes:
        if t.count is not None:
            out.append(t.count)
        elif comp.percent_rounding == "half-up":
            out.append((2 * t.percent * ranked + 100) // 200)
        else:
            out.append(t.percent * ranked // 100)
    return out


def number_order(n: int) -> int:
    return n  # every seed number is a whole number: numeric order


def evaluate(comp: Competition, roster: list[Competitor], marks: Marks, times: Times) -> dict[str, list[Row]]:
    """The result sheet of every trade: rows in sheet order."""
    sheets: dict[str, list[Row]] = {}
    for trade in comp.trades:
        people = [c for c in roster if c.trade == trade.id]
        admitted = {c.number: True for c in people}
        for rnd in comp.rounds:
            if rnd.qualify is not None:
                q = qualifies(comp, [c for c in people if admitted[c.number]], marks, rnd)
                for n, ok in q.items():
                    admitted[n] = admitted[n] and ok
        ranked, failed, out = [], [], []
        for c in people:
            if not c.active:
                assert c.number not in marks, f"marks for {c.status} competitor {c.number}"
                out.append(Row(c, c.status, {}))
                continue
            got = marks[c.number]
            scores = {r.id: round_score(r, got[r.id]) for r in comp.rounds if r.id in got}
            if not admitted[c.number]:
                assert set(got) == {r.id for r in comp.rounds if r.qualify is None}, c.number
                failed.append(Row(c, "not-qualified", scores))
                continue
            assert len(scores) == len(comp.rounds), f"incomplete marks for {c.number}"
            raw = raw_total(comp, scores)
            total = round_half_up(raw)
            key: list = [total]
            for tb in comp.tie_break:
                if tb.startswith("time:"):
                    t = times.get(c.number, {}).get(tb[5:])
                    key.append((1, -t[0]) if t else (0, 0))
                else:
                    key.append(scores[tb])
            ranked.append(Row(c, "ranked", scores, raw, total, tuple(key)))
        ranks = competition_ranks([(r.c.number, r.key) for r in ranked])
        counts = tier_counts(comp, len(ranked))
        for r in ranked:
            r.rank = ranks[r.c.number]
            cum = 0
            for tier, n in zip(comp.prizes, counts):
                cum += n
                if r.rank <= cum and (tier.min_total is None or r.total >= tier.min_total):
                    r.prize, r.title = tier.name, tier.title or ""
                    break
        ranked.sort(key=lambda r: (r.rank, number_order(r.c.number)))
        q_round = next((r for r in comp.rounds if r.qualify), None)
        if failed:
            after = q_round.qualify[0]
            failed.sort(key=lambda r: (-r.scores[after], number_order(r.c.number)))
        out.sort(key=lambda r: number_order(r.c.number))
        sheets[trade.id] = ranked + failed + out
    return sheets


# --------------------------------------------------------------------------
# Synthetic people
# --------------------------------------------------------------------------

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
    "苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史"
    "顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
GIVEN_HOME = (
    "秀丽芳敏静娟霞艳玲红梅兰英华萍燕凤琴云雪婷洁慧娜颖倩佳欣悦蕾淑桂荣玉翠月晶莉薇宁"
    "琳雅晓丹春素彩爱琼利建国军平明伟强磊涛亮新海杰波志宏文福"
)
GIVEN_AUTO = (
    "伟强磊军勇杰涛明超鹏浩宇辉刚健斌峰鑫龙飞俊志海东亮帅博阳洋凯晨旭林成宏波建国永春立"
    "新文华兵松泽鹤振雷岩毅坤丽静"
)


def make_names(rng: random.Random, n: int, given: str, taken: list[str]) -> list[str]:
    used = list(taken)
    out: list[str] = []
    while len(out) < n:
        k = 1 if rng.random() < 0.35 else 2
        name = rng.choice(SURNAMES) + "".join(rng.choice(given) for _ in range(k))
        if name in used or (k == 2 and name[1] == name[2] and rng.random() < 0.7):
            continue
        used.append(name)
        out.append(name)
    return out


def text_and_numeric_order_differ(a: int, b: int) -> bool:
    return (a < b) != (str(a) < str(b))


class Fail(Exception):
    """An attempt did not produce the wanted edge cases: try the next seed."""


def check(cond: bool, what: str) -> None:
    if not cond:
        raise Fail(what)


def distinct_except(rows: list[Row], allowed: list[tuple[int, ...]], upto: int) -> None:
    """Among the first `upto` ranked rows, only the listed groups share a rank/total."""
    head = [r for r in rows if r.group == "ranked"][:upto]
    by_total: dict[Fraction, list[int]] = {}
    for r in head:
        by_total.setdefault(r.total, []).append(r.c.number)
    groups = sorted(tuple(sorted(v)) for v in by_total.values() if len(v) > 1)
    check(groups == sorted(tuple(sorted(g)) for g in allowed), f"unexpected equal totals {groups}")


# --------------------------------------------------------------------------
# 2024 顺义区"工匠杯"家庭服务业技能竞赛
# --------------------------------------------------------------------------

SHUNYI = Competition(
    id="shunyi-2024",
    name='2024年顺义区"工匠杯"家庭服务业技能竞赛',
    organizer="顺义区总工会、顺义区人力资源和社会保障局",
    contact="竞赛组委会办公室（赛务组 王老师，电话 010-69440000）",
    trades=[Trade("nursery", "育婴员"), Trade("caregiver", "家庭照护员")],
    rounds=[
        Round("theory", "理论知识", 100, 30, "single", judges=1),
        Round(
            "practical", "实际操作", 100, 70, "trimmed-mean", judges=5, trim=1,
            criteria=(
                Criterion("prep", "操作准备", 20),
                Criterion("skill", "操作技能", 60),
                Criterion("care", "人文关怀", 20),
            ),
        ),
    ],
    judges=[
        Judge("T1", "阅卷组", "区职业技能鉴定中心"),
        Judge("J1", "王秀兰", "区人社局"),
        Judge("J2", "李建华", "区总工会"),
        Judge("J3", "张丽萍", "区妇联"),
        Judge("J4", "刘志强", "区职业技能鉴定中心"),
        Judge("J5", "陈淑芬", "区家庭服务业协会"),
        Judge("C1", "周建国", "区人社局", chief=True),
    ],
    tie_break=["practical", "theory"],
    prizes=[
        Tier("一等奖", count=2, title="顺义工匠"),
        Tier("二等奖", count=3),
        Tier("三等奖", count=5),
    ],
)

SHUNYI_UNITS = [
    "北京顺义康馨家政服务有限公司",
    "北京安心到家家政服务有限公司",
    "北京福禧佳园家政服务有限公司",
    "北京仁和嘉业家政服务有限公司",
    "北京馨悦母婴家政服务有限公司",
    "北京诚瑞管家家政服务有限公司",
    "北京金牌月嫂家政服务有限公司",
    "北京爱心港湾家政服务有限公司",
    "北京顺康颐养家政服务有限公司",
    "北京悦家优选家政服务有限公司",
]


def shunyi_practical(rng: random.Random, level: float, bias: dict[str, float]) -> dict[str, dict[str, int]]:
    rnd = SHUNYI.round("practical")
    out = {}
    for j in ("J1", "J2", "J3", "J4", "J5"):
        out[j] = {
            c.id: to_half_steps(c.max * (level + bias[j] + rng.gauss(0, 0.035)), 0, c.max)
            for c in rnd.criteria
        }
    return out


def shunyi_theory(rng: random.Random, level: float) -> dict[str, dict[str, int]]:
    t = rng.gauss(79 + 60 * (level - 0.83), 7)
    t = min(max(t, 58), 98)
    h = int(round(t)) * 100 + (50 if rng.random() < 0.25 else 0)
    return {"T1": {"": min(h, 9800)}}


def build_shunyi(attempt: int):
    rng = random.Random(20240 + attempt)
    comp = SHUNYI
    judge_names = [j.name for j in comp.judges]
    names = make_names(rng, 150, GIVEN_HOME, judge_names)
    trades = ["nursery"] * 80 + ["caregiver"] * 70
    rng.shuffle(trades)
    roster = [
        Competitor(n, names[n - 1], rng.choice(SHUNYI_UNITS), trades[n - 1]) for n in range(1, 151)
    ]
    # Statuses: 3 absent, 1 disqualified, 1 withdrawn, spread over both trades.
    nurs = [c for c in roster if c.trade == "nursery"]
    care = [c for c in roster if c.trade == "caregiver"]
    for c, st in zip(rng.sample(nurs, 3), ("absent", "absent", "withdrawn")):
        c.status = st
    for c, st in zip(rng.sample(care, 2), ("absent", "disqualified")):
        c.status = st

    bias = {j: rng.gauss(0, 0.015) for j in ("J1", "J2", "J3", "J4", "J5")}
    marks: Marks = {}
    for c in roster:
        if not c.active:
            continue
        level = min(max(rng.gauss(0.83, 0.055), 0.68), 0.95)
        marks[c.number] = {
            "theory": shunyi_theory(rng, level),
            "practical": shunyi_practical(rng, level, bias),
        }

    def sheet(trade: str) -> list[Row]:
        return evaluate(comp, roster, marks, {})[trade]

    def pick_low(rows: list[Row], avoid: list[int], partner: int) -> int:
        """A competitor from the lower half, preferring one whose number orders
        differently as text than as a number against `partner`."""
        ranked = [r for r in rows if r.group == "ranked"]
        pool = [r.c.number for r in ranked[len(ranked) // 2 :] if r.c.number not in avoid]
        nice = [n for n in pool if text_and_numeric_order_differ(n, partner)]
        return rng.choice(nice or pool)

    info: dict[str, object] = {}

    # nursery: two identical competitors at rank 2 (straddling 一等奖 / 二等奖).
    rows = sheet("nursery")
    ranked = [r for r in rows if r.group == "ranked"]
    check(ranked[0].key > ranked[1].key > ranked[2].key, "nursery head not distinct")
    p = ranked[1].c.number
    q = pick_low(rows, [p], p)
    marks[q] = {rid: {j: dict(m) for j, m in js.items()} for rid, js in marks[p].items()}
    info["nursery_pair"] = tuple(sorted((p, q)))

    # caregiver: X at rank 5; Y gets the same total (after rounding) with a lower
    # practical score, so practical breaks the tie across 二等奖 / 三等奖.  With
    # theory in 0.5 steps and practical in sixths (rounded), equal rounded totals
    # here mean equal unrounded totals: 0.7 * 1.5 = 0.3 * 3.5, so Y has a
    # practical score 1.5 (or 3) lower and a theory mark 3.5 (or 7) higher.
    rows = sheet("caregiver")
    ranked = [r for r in rows if r.group == "ranked"]
    x = ranked[4]
    y = pick_low(rows, [x.c.number], x.c.number)
    px, tx = x.scores["practical"], x.scores["theory"]
    found = None
    for _ in range(4000):
        level = float(px) / 100 - rng.uniform(0.005, 0.04)
        prac = shunyi_practical(rng, level, bias)
        py = round_score(comp.round("practical"), prac)
        if px - py not in (Fraction(3, 2), Fraction(3)):
            continue
        ty = tx + Fraction(7, 3) * (px - py)
        if ty <= 98 and round_half_up(raw_total(comp, {"theory": ty, "practical": py})) == x.total:
            found = {"theory": {"T1": {"": int(ty * 100)}}, "practical": prac}
            break
    check(found is not None, "no caregiver practical tie-break construction")
    marks[y] = found
    info["caregiver_tb"] = (x.c.number, y)

    # caregiver: a full tie at rank 10 (last 三等奖 place): W copies Z's theory,
    # and Z's practical marks with the judges rotated (same trimmed mean).
    rows = sheet("caregiver")
    ranked = [r for r in rows if r.group == "ranked"]
    check(ranked[4].c.number == x.c.number and ranked[5].c.number == y, "tie-break pair moved")
    z = ranked[9]
    check(z.c.number not in (x.c.number, y), "rank-10 collides with tie-break pair")
    check(ranked[8].key > z.key > ranked[10].key, "caregiver rank 10 not distinct")
    w = pick_low(rows, [x.c.number, y, z.c.number], z.c.number)
    zp = marks[z.c.number]["practical"]
    order = ["J1", "J2", "J3", "J4", "J5"]
    marks[w] = {
        "theory": {"T1": dict(marks[z.c.number]["theory"]["T1"])},
        "practical": {order[i]: dict(zp[order[(i + 2) % 5]]) for i in range(5)},
    }
    check(marks[w]["practical"] != zp, "rotation left the marks unchanged")
    info["caregiver_pair10"] = tuple(sorted((z.c.number, w)))

    # nursery, mid-table: half-up rounding decides an order.  A has a theory mark
    # in quarter points and an unrounded total ending in exactly 5 thousandths
    # (e.g. 84.425 -> 84.43; half-even or truncation would give 84.42); B has
    # total 84.42 and a higher practical score, so B would wrongly come first.
    rows = sheet("nursery")
    ranked = [r for r in rows if r.group == "ranked"]
    avoid = [r.c.number for r in ranked[:14]] + list(info["nursery_pair"])
    mid = [r for r in ranked[20:50] if r.c.number not in avoid]
    a = rng.choice(mid)
    found_a = None
    for _ in range(4000):
        lvl = float(a.scores["practical"]) / 100 + rng.uniform(-0.01, 0.01)
        prac = shunyi_practical(rng, lvl, bias)
        pa = round_score(comp.round("practical"), prac)
        ta = int(a.scores["theory"]) + rng.choice((Fraction(1, 4), Fraction(3, 4)))
        raw = raw_total(comp, {"theory": ta, "practical": pa})
        low = raw - Fraction(1, 200)
        if ta <= 98 and (raw * 1000) % 10 == 5 and (low * 100) % 2 == 0:
            found_a = ({"theory": {"T1": {"": int(ta * 100)}}, "practical": prac}, pa, low)
            break
    check(found_a is not None, "no half-up construction (A)")
    marks[a.c.number], pa, low = found_a
    b = rng.choice([r for r in mid if r.c.number != a.c.number])
    found_b = None
    for _ in range(4000):
        prac = shunyi_practical(rng, float(pa) / 100 + rng.uniform(0.0, 0.03), bias)
        pb = round_score(comp.round("practical"), prac)
        if pb <= pa:
            continue
        for th in range(60 * 2, 98 * 2 + 1):
            if round_half_up(raw_total(comp, {"theory": Fraction(th, 2), "practical": pb})) == low:
                found_b = {"theory": {"T1": {"": th * 50}}, "practical": prac}
                break
        if found_b:
            break
    check(found_b is not None, "no half-up construction (B)")
    marks[b.c.number] = found_b
    info["half_up"] = (a.c.number, b.c.number)

    # ---- assert the engineered properties -----------------------------------
    sheets = evaluate(comp, roster, marks, {})
    nr = [r for r in sheets["nursery"] if r.group == "ranked"]
    pair = info["nursery_pair"]
    check([r.rank for r in nr[:11]] == [1, 2, 2, 4, 5, 6, 7, 8, 9, 10, 11], "nursery ranks")
    check(tuple(sorted(r.c.number for r in nr[1:3])) == pair, "nursery pair not at rank 2")
    check(nr[1].scores == nr[2].scores, "nursery pair scores differ")
    check([r.prize for r in nr[:11]] == ["一等奖"] * 3 + ["二等奖"] * 2 + ["三等奖"] * 5 + [""], "nursery prizes")
    check(all(r.prize == "" for r in nr[10:]), "nursery prizes beyond 10")
    distinct_except(sheets["nursery"], [pair], 12)
    an, bn = info["half_up"]
    ia = next(i for i, r in enumerate(nr) if r.c.number == an)
    check(nr[ia + 1].c.number == bn and nr[ia + 1].rank == nr[ia].rank + 1, "half-up pair not adjacent")
    check(nr[ia].total - nr[ia + 1].total == Fraction(1, 100) and nr[ia].raw - nr[ia + 1].total == Fraction(1, 200), "half-up")
    check(nr[ia + 1].scores["practical"] > nr[ia].scores["practical"], "half-up practical")
    check(sum(1 for r in nr if r.total in (nr[ia].total, nr[ia + 1].total)) == 2, "half-up totals shared")
    check(nr[ia - 1].total > nr[ia].total and nr[ia + 2].total < nr[ia + 1].total, "half-up neighbours")

    cr = [r for r in sheets["caregiver"] if r.group == "ranked"]
    xn, yn = info["caregiver_tb"]
    check([r.rank for r in cr[:12]] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 12], "caregiver ranks")
    check((cr[4].c.number, cr[5].c.number) == (xn, yn), "caregiver tie-break order")
    check(cr[4].total == cr[5].total and cr[4].scores["practical"] > cr[5].scores["practical"], "tb")
    check(tuple(sorted(r.c.number for r in cr[9:11])) == info["caregiver_pair10"], "pair at 10")
    check(cr[9].scores == cr[10].scores, "caregiver pair10 scores differ")
    check([r.prize for r in cr[:12]] == ["一等奖"] * 2 + ["二等奖"] * 3 + ["三等奖"] * 6 + [""], "caregiver prizes")
    check(all(r.prize == "" for r in cr[11:]), "caregiver prizes beyond 11")
    distinct_except(sheets["caregiver"], [(xn, yn), info["caregiver_pair10"]], 12)
    return comp, roster, marks, {}, sheets, info


# --------------------------------------------------------------------------
# 2024 朝阳区汽车维修技能竞赛
# --------------------------------------------------------------------------

CHAOYANG = Competition(
    id="chaoyang-auto-2024",
    name="2024年朝阳区汽车维修技能竞赛",
    trades=[Trade("auto-mechanic", "汽车维修工"), Trade("auto-electrician", "汽车电器维修工")],
    rounds=[
        Round("theory", "理论知识", 100, 40, "single", judges=1),
        Round("practical", "实际操作", 100, 60, "mean", judges=3, qualify=("theory", "top", 10)),
    ],
    judges=[
        Judge("T1", "阅卷组", "区职业技能鉴定中心"),
        Judge("J1", "赵立新", "区汽车维修行业协会"),
        Judge("J2", "孙卫东", "区交通委员会"),
        Judge("J3", "钱永明", "区总工会"),
        Judge("C1", "吴志刚", "区交通委员会", chief=True),
    ],
    tie_break=["practical", "time:practical", "theory"],
    prizes=[
        Tier("一等奖", count=1, title="朝阳工匠"),
        Tier("二等奖", count=2),
        Tier("三等奖", percent=25, min_total=60),
    ],
    comments={
        "三等奖": "25% of ranked, rounded down (default): 11 -> 2, 10 -> 2",
    },
)

CHAOYANG_UNITS = [
    "北京朝辉汽车维修有限公司",
    "北京东坝通达汽车服务有限公司",
    "北京京朝宏达汽车维修有限公司",
    "北京望京顺捷汽车销售服务有限公司",
    "北京安驰汽车维修有限公司",
    "北京三元桥鑫诚汽车服务有限公司",
    "北京劲速汽车技术服务有限公司",
    "北京酒仙桥永信汽车修理有限公司",
]


# Recusal (回避): judge refuses a mark from a judge of the competitor's own unit, so the
# demo's competitors never share a unit with a judge.
for _comp, _units in ((SHUNYI, SHUNYI_UNITS), (CHAOYANG, CHAOYANG_UNITS)):
    assert not {j.unit for j in _comp.judges} & set(_units), f"{_comp.id}: a competitor unit equals a judge's unit"


def build_chaoyang(attempt: int):
    rng = random.Random(20241 + 1000 * attempt)
    comp = CHAOYANG
    names = make_names(rng, 32, GIVEN_AUTO, [j.name for j in comp.judges])
    trades = ["auto-mechanic"] * 20 + ["auto-electrician"] * 12
    rng.shuffle(trades)
    roster = [
        Competitor(101 + i, names[i], rng.choice(CHAOYANG_UNITS), trades[i]) for i in range(32)
    ]
    mech = [c for c in roster if c.trade == "auto-mechanic"]
    absent = rng.choice(mech)
    absent.status = "absent"

    marks: Marks = {}
    level: dict[int, float] = {}
    for c in roster:
        if c.active:
            level[c.number] = min(max(rng.gauss(0.80, 0.07), 0.55), 0.96)
            t = min(max(rng.gauss(48 + 42 * level[c.number], 6), 52), 98)
            h = int(round(t)) * 100 + (50 if rng.random() < 0.3 else 0)
            marks[c.number] = {"theory": {"T1": {"": min(h, 9800)}}}

    def theory_order(trade: str) -> list[int]:
        act = [c.number for c in roster if c.trade == trade and c.active]
        return sorted(act, key=lambda n: (-marks[n]["theory"]["T1"][""], n))

    def th(n: int) -> int:
        return marks[n]["theory"]["T1"][""]

    def set_th(n: int, h: int) -> None:
        marks[n]["theory"]["T1"][""] = h

    info: dict[str, object] = {}
    # auto-mechanic: tie at 10th in theory (11 qualify), and a tie among the
    # not-qualified (listed by number).
    mo = theory_order("auto-mechanic")
    set_th(mo[10], th(mo[9]))
    set_th(mo[13], th(mo[12]))
    check(th(mo[8]) > th(mo[9]) and th(mo[11]) < th(mo[9]), "mechanic cut not clean")
    check(th(mo[11]) > th(mo[12]) and th(mo[14]) < th(mo[12]), "mechanic nq tie not clean")
    info["cut_pair"] = tuple(sorted(mo[9:11]))
    info["nq_pair"] = tuple(sorted(mo[12:14]))
    eo = theory_order("auto-electrician")
    check(th(eo[9]) > th(eo[10]), "electrician cut tied")

    # Practical marks (3 judges, mean) only for the qualified.
    prac = comp.round("practical")
    bias = {j: rng.gauss(0, 0.02) for j in ("J1", "J2", "J3")}
    for t in comp.trades:
        people = [c for c in roster if c.trade == t.id]
        for n, ok in qualifies(comp, people, marks, prac).items():
            if ok:
                marks[n]["practical"] = {
                    j: {"": to_half_steps(100 * (level[n] + bias[j] + rng.gauss(0, 0.04)), 0, 100)}
                    for j in ("J1", "J2", "J3")
                }

    times: Times = {}

    def fill_times() -> None:
        for n in sorted(marks):
            if "practical" in marks[n]:
                s = rng.randint(46 * 60, 72 * 60)
                times[n] = {"practical": (s, fmt_time(s, rng.choice(["s", "m:ss", "h:mm:ss"])))}

    fill_times()

    # auto-mechanic: X at rank 3 (last 二等奖); Y gets X's theory and practical
    # marks with the same sum (same mean), so total and practical tie and time
    # decides.  The faster one has the larger number; its time is M:SS and the
    # slower one's H:MM:SS, so comparing the texts would get it wrong.
    rows = evaluate(comp, roster, marks, times)["auto-mechanic"]
    ranked = [r for r in rows if r.group == "ranked"]
    x = ranked[2].c.number
    pool = [r.c.number for r in ranked[5:] if r.c.number not in info["cut_pair"]]
    check(x not in info["cut_pair"] and bool(pool), "no time pair")
    y = rng.choice(pool)
    xm = marks[x]["practical"]
    ym = {j: {"": v[""]} for j, v in xm.items()}
    a, b = sorted(ym, key=lambda j: ym[j][""])[0], sorted(ym, key=lambda j: ym[j][""])[-1]
    d = min(150, 10000 - ym[a][""], ym[b][""])
    ym[a][""] += d
    ym[b][""] -= d
    check(d > 0 and ym != xm, "could not vary the practical marks")
    marks[y] = {"theory": {"T1": {"": th(x)}}, "practical": ym}
    fast, slow = max(x, y), min(x, y)
    times[fast] = {"practical": (58 * 60 + 40, "58:40")}
    times[slow] = {"practical": (3600 + 75, "1:01:15")}
    info["time_pair"] = (fast, slow)

    # ---- assert ------------------------------------------------------------
    sheets = evaluate(comp, roster, marks, times)
    mr = [r for r in sheets["auto-mechanic"] if r.group == "ranked"]
    mq = [r for r in sheets["auto-mechanic"] if r.group == "not-qualified"]
    er = [r for r in sheets["auto-electrician"] if r.group == "ranked"]
    eq = [r for r in sheets["auto-electrician"] if r.group == "not-qualified"]
    check(len(mr) == 11 and len(mq) == 8 and len(er) == 10 and len(eq) == 2, "qualification sizes")
    check(info["cut_pair"] == tuple(sorted(mo[9:11])) and all(
        any(r.c.number == n for r in mr) for n in info["cut_pair"]), "cut pair not both qualified")
    check([r.rank for r in mr] == list(range(1, 12)), "mechanic ranks")
    check((mr[2].c.number, mr[3].c.number) == (fast, slow), "time pair order")
    check(mr[2].total == mr[3].total and mr[2].scores == mr[3].scores, "time pair not tied")
    check([r.prize for r in mr] == ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖"] + [""] * 6, "mechanic prizes")
    check([r.rank for r in er] == list(range(1, 11)), "electrician ranks")
    check([r.prize for r in er] == ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖"] + [""] * 5, "electrician prizes")
    check(all(r.total >= 60 for r in mr[:5] + er[:5]), "min_total would bite")
    distinct_except(sheets["auto-mechanic"], [(fast, slow)], 11)
    distinct_except(sheets["auto-electrician"], [], 10)
    check(len({v["practical"][0] for v in times.values()}) == len(times), "equal times")
    return comp, roster, marks, times, sheets, info


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def csv_text(header: list[str], rows: list[list[str]], crlf: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def roster_csv(roster: list[Competitor]) -> str:
    return csv_text(
        ["number", "name", "unit", "trade", "status"],
        [[str(c.number), c.name, c.unit, c.trade, c.status] for c in roster],
    )


def marks_csv(comp: Competition, marks: Marks) -> str:
    rows = []
    for n in sorted(marks):
        for rnd in comp.rounds:
            for j in comp.judges:
                by = marks[n].get(rnd.id, {}).get(j.id)
                if by is None:
                    continue
                for crit in [c.id for c in rnd.criteria] or [""]:
                    rows.append([str(n), rnd.id, j.id, fmt_mark(by[crit]), crit])
    return csv_text(["number", "round", "judge", "score", "criterion"], rows)


def times_csv(times: Times) -> str:
    rows = [[str(n), rid, t[1]] for n in sorted(times) for rid, t in times[n].items()]
    return csv_text(["number", "round", "time"], rows)


def sheet_csv(comp: Competition, trade: Trade, rows: list[Row]) -> str:
    """The result sheet as `judge results export --headers keys --no-bom` writes it."""
    header = ["rank", "number", "name", "unit", "trade"] + [r.id for r in comp.rounds]
    header += ["total", "prize", "title", "status"]
    out = []
    for r in rows:
        out.append(
            [str(r.rank or ""), str(r.c.number), r.c.name, r.c.unit, trade.id]
            + [fmt2(r.scores[x.id]) if x.id in r.scores else "" for x in comp.rounds]
            + [fmt2(r.total) if r.total is not None else "", r.prize, r.title, r.group]
        )
    return csv_text(header, out, crlf=True)


def yaml_text(comp: Competition) -> str:
    def q(s: str) -> str:
        return "'" + s.replace("'", "''") + "'" if any(ch in s for ch in "\"':#{}[],&*!|>%@`") else s

    lines = [
        "# Generated by Scripts/generate_seeds.py: edit the script, not this file.",
        f"# Seeds: seeds/{comp.id}/",
        "competition:",
        f"  id: {comp.id}",
        f"  name: {q(comp.name)}",
    ]
    if comp.organizer:
        lines.append(f"  organizer: {q(comp.organizer)}")
    if comp.contact:
        lines.append(f"  contact: {q(comp.contact)}")
    lines += [
        "trades:",
    ]
    lines += [f"  - {{ id: {t.id}, name: {q(t.name)} }}" for t in comp.trades]
    lines.append("rounds:")
    for r in comp.rounds:
        lines += [
            f"  - id: {r.id}",
            f"    name: {q(r.name)}",
            f"    max: {r.max}",
            f"    weight: {r.weight}",
            f"    aggregate: {r.aggregate}",
        ]
        if r.aggregate == "trimmed-mean":
            lines.append(f"    trim: {r.trim}")
        if r.judges is not None:
            lines.append(f"    judges: {r.judges}")
        if r.criteria:
            lines.append("    criteria:")
            lines += [f"      - {{ id: {c.id}, name: {q(c.name)}, max: {c.max} }}" for c in r.criteria]
        if r.qualify:
            after, kind, value = r.qualify
            lines.append(f"    qualify: {{ after: {after}, {kind}: {value} }}")
    lines.append("judges:")
    lines += [
        f"  - {{ id: {j.id}, name: {q(j.name)}, unit: {q(j.unit)}{', chief: true' if j.chief else ''} }}"
        for j in comp.judges
    ]
    tb = ", ".join(f'"{k}"' if ":" in k else k for k in comp.tie_break)
    lines.append(f"tie_break: [{tb}]")
    if comp.percent_rounding:
        lines.append(f"percent_rounding: {comp.percent_rounding}")
    lines.append("prizes:")
    for t in comp.prizes:
        parts = [f"name: {q(t.name)}"]
        parts.append(f"count: {t.count}" if t.count is not None else f"percent: {t.percent}")
        if t.title:
            parts.append(f"title: {q(t.title)}")
        if t.min_total is not None:
            parts.append(f"min_total: {t.min_total}")
        line = f"  - {{ {', '.join(parts)} }}"
        if t.name in comp.comments:
            line += f"   # {comp.comments[t.name]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def build(builder, label: str):
    for attempt in range(200):
        try:
            return builder(attempt) + (attempt,)
        except Fail:
            continue
    sys.exit(f"{label}: no attempt produced the wanted edge cases")


def summary(comp: Competition, sheets: dict[str, list[Row]], times: Times) -> str:
    out = [f"== {comp.id}"]
    for t in comp.trades:
        rows = sheets[t.id]
        groups = {}
        for r in rows:
            groups[r.group] = groups.get(r.group, 0) + 1
        out.append(f"-- {t.id} {t.name}: " + ", ".join(f"{k} {v}" for k, v in groups.items()))
        for r in [r for r in rows if r.group == "ranked"][:12]:
            tm = times.get(r.c.number, {}).get("practical")
            out.append(
                f"  {r.rank:>3}  {r.c.number:>4} {r.c.name:<4}"
                + "".join(f" {x.id}={fmt2(r.scores[x.id]):>6}" for x in comp.rounds)
                + f"  total={fmt2(r.total):>6} (raw {fmt3(r.raw)})"
                + (f"  time={tm[1]:>7}" if tm else "")
                + f"  {r.prize} {r.title}".rstrip()
            )
        nq = [r for r in rows if r.group == "not-qualified"]
        if nq:
            out.append("  not-qualified: " + ", ".join(f"{r.c.number}({fmt2(r.scores['theory'])})" for r in nq))
        other = [r for r in rows if r.group not in ("ranked", "not-qualified")]
        if other:
            out.append("  " + ", ".join(f"{r.c.number} {r.group}" for r in other))
    return "\n".join(out)


def half_way_totals(sheets: dict[str, list[Row]]) -> list[int]:
    """Competitors whose unrounded total ends in exactly 5 thousandths (half-up matters)."""
    return sorted(
        r.c.number for rows in sheets.values() for r in rows
        if r.raw is not None and (r.raw * 1000).denominator == 1 and (r.raw * 1000).numerator % 10 == 5
    )


def readme_text(si: dict, ci: dict) -> str:
    p, q = si["nursery_pair"]
    x, y = si["caregiver_tb"]
    z, w = si["caregiver_pair10"]
    ha, hb = si["half_up"]
    fast, slow = ci["time_pair"]
    c1, c2 = ci["cut_pair"]
    n1, n2 = ci["nq_pair"]
    return (
        "# Seed data\n\n"
        "Everything here is synthetic (made-up people and companies), written together with "
        "`Config/*.yaml` by `python3 Scripts/generate_seeds.py` (`--check` tells whether the "
        "files are current); do not edit by hand. `expected/<trade>.csv` is the result sheet "
        "the script computes with its own implementation of SCORING.md, byte for byte as "
        "`judge results export --headers keys --no-bom` should write it. Edge cases:\n\n"
        f"- **shunyi-2024** (150 competitors, numbers 1-150; practical is a trimmed mean of 5 "
        f"judges over 3 criteria): nursery {p} and {q} have identical marks and share rank 2, "
        f"so 3 get 一等奖; caregiver {x} and {y} have equal totals and {x}'s higher practical "
        f"score puts it 5th (二等奖) and {y} 6th (三等奖); caregiver {z} and {w} (same scores, "
        f"practical marks rotated between judges) share rank 10, so 11 prizes; nursery {ha}'s "
        f"unrounded total ends in exactly 5 thousandths and rounds half-up to one hundredth "
        f"above {hb}, who has the better practical score (half-even, truncation or binary "
        f"floating point put {hb} first); 3 absent, 1 disqualified, 1 withdrawn; numbers "
        f"of 1-3 digits, so text order differs from numeric order.\n"
        f"- **chaoyang-auto-2024** (32 competitors, 101-132; practical is the mean of 3 "
        f"judges after a top-10 theory cut; 三等奖 is 25% of the ranked, rounded down): "
        f"auto-mechanic {c1} and {c2} tie 10th in theory so 11 go through, not-qualified "
        f"{n1} and {n2} share a theory score, one competitor is absent, and {fast} and {slow} "
        f"tie on total and practical and are separated by time ({fast} `58:40` before {slow} "
        f"`1:01:15`: 3rd 二等奖, 4th 三等奖); auto-electrician has a clean cut at 10; times "
        f"mix whole seconds, `M:SS` and `H:MM:SS`.\n"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the files on disk, write nothing")
    ap.add_argument("--quiet", action="store_true", help="no summary")
    args = ap.parse_args()

    files: dict[str, str] = {}
    s_comp, s_roster, s_marks, s_times, s_sheets, s_info, s_att = build(build_shunyi, "shunyi-2024")
    c_comp, c_roster, c_marks, c_times, c_sheets, c_info, c_att = build(build_chaoyang, "chaoyang-auto-2024")
    for comp, roster, marks, times, sheets in (
        (s_comp, s_roster, s_marks, s_times, s_sheets),
        (c_comp, c_roster, c_marks, c_times, c_sheets),
    ):
        files[f"Config/{comp.id}.yaml"] = yaml_text(comp)
        files[f"seeds/{comp.id}/roster.csv"] = roster_csv(roster)
        files[f"seeds/{comp.id}/marks.csv"] = marks_csv(comp, marks)
        if times:
            files[f"seeds/{comp.id}/times.csv"] = times_csv(times)
        for t in comp.trades:
            files[f"seeds/{comp.id}/expected/{t.id}.csv"] = sheet_csv(comp, t, sheets[t.id])
    s_half, c_half = half_way_totals(s_sheets), half_way_totals(c_sheets)
    files["seeds/README.md"] = readme_text(s_info, c_info)

    if args.check:
        stale = [p for p, text in files.items()
                 if not (ROOT / p).is_file() or (ROOT / p).read_bytes() != text.encode("utf-8")]
        for p in stale:
            print(f"stale: {p}", file=sys.stderr)
        return 1 if stale else 0

    for p, text in files.items():
        path = ROOT / p
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    if not args.quiet:
        print(f"attempts used: shunyi-2024 #{s_att}, chaoyang-auto-2024 #{c_att}")
        print(summary(s_comp, s_sheets, s_times))
        print(f"   nursery pair {s_info['nursery_pair']}, caregiver tie-break {s_info['caregiver_tb']}, "
              f"caregiver shared 10th {s_info['caregiver_pair10']}, half-up pair {s_info['half_up']}; "
              f"half-way totals {s_half}")
        print(summary(c_comp, c_sheets, c_times))
        print(f"   cut pair {c_info['cut_pair']}, not-qualified pair {c_info['nq_pair']}, "
              f"time pair (fast, slow) {c_info['time_pair']}; half-way totals {c_half}")
        for p in files:
            print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
