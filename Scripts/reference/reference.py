#!/usr/bin/env python3
"""Independent reference implementation of SCORING.md sections 1-8.

Reads a competition YAML, a roster CSV, a marks CSV and (optionally) a times
CSV in the formats of CLI.md and writes one result sheet per trade,
``OUT/<trade-id>.csv``.  Written from the specification only, to cross-check
the Swift tool byte for byte (see crosscheck.sh).

Arithmetic is exact (``fractions.Fraction``); rounding is half-up to two
places at exactly two points: each round score and each total.

Only valid, complete input is supported.  Incomplete marks for a competitor
who would be ranked, or input that breaks a rule, make the program exit with
status 1 and a message on standard error.

Usage:
    python3 reference.py --config C.yaml --roster R.csv --marks M.csv \
        [--times T.csv] --out DIR [--headers keys|zh] [--no-bom]
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cmp_to_key
from typing import Iterable, Optional

import yaml


class Refusal(Exception):
    """Anything the reference refuses: bad input or incomplete marks."""


# --------------------------------------------------------------------------
# Numbers (section 1)

_MARK_RE = re.compile(r"[0-9]+(\.[0-9]{1,2})?")
_WHOLE_RE = re.compile(r"[0-9]+")


def round_half_up(value: Fraction, places: int = 2) -> Fraction:
    """Round half-up (away from zero on an exact half) to `places` decimals."""
    scale = 10**places
    scaled = abs(value) * scale
    rounded = math.floor(scaled + Fraction(1, 2))
    return Fraction(rounded if value >= 0 else -rounded, scale)


def round_half_up_int(value: Fraction) -> int:
    return int(round_half_up(value, 0))


def format_score(value: Fraction) -> str:
    """Exactly two places: 86.50, 100.00, 0.00."""
    hundredths = value * 100
    if hundredths.denominator != 1:
        raise ValueError(f"score {value} is not in whole hundredths")
    n = int(hundredths)
    sign = "-" if n < 0 else ""
    n = abs(n)
    return f"{sign}{n // 100}.{n % 100:02d}"


def parse_mark_text(text: str) -> Optional[Fraction]:
    """A decimal with at most 2 places and no sign; None when it is not one."""
    if not _MARK_RE.fullmatch(text):
        return None
    return Fraction(Decimal(text))


def to_fraction(value, what: str) -> Fraction:
    """A YAML number (int, exact float, or decimal text) as a Fraction."""
    if isinstance(value, bool) or value is None:
        raise Refusal(f"{what}: not a number: {value!r}")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, str):
        try:
            d = Decimal(value.strip())
        except InvalidOperation:
            raise Refusal(f"{what}: not a number: {value!r}") from None
        if not d.is_finite():
            raise Refusal(f"{what}: not a finite number: {value!r}")
        return Fraction(d)
    if isinstance(value, float):  # only if someone bypasses the exact loader
        return Fraction(Decimal(repr(value)))
    raise Refusal(f"{what}: not a number: {value!r}")


def whole(value: Fraction, what: str) -> int:
    if value.denominator != 1:
        raise Refusal(f"{what}: must be a whole number, got {value}")
    return int(value)


# --------------------------------------------------------------------------
# Competitor numbers (section 4: "numerically where both are whole numbers,
# and as text otherwise")


def compare_numbers(a: str, b: str) -> int:
    if _WHOLE_RE.fullmatch(a) and _WHOLE_RE.fullmatch(b):
        ia, ib = int(a), int(b)
        if ia != ib:
            return -1 if ia < ib else 1
        # "7" and "007": same value; fall back to text to stay a total order.
    return (a > b) - (a < b)


number_key = cmp_to_key(compare_numbers)


# --------------------------------------------------------------------------
# Competition definition


class _ExactLoader(yaml.SafeLoader):
    """SafeLoader whose floats are exact Fractions of the written decimal."""


def _construct_exact_float(loader: yaml.SafeLoader, node: yaml.Node) -> Fraction:
    text = loader.construct_scalar(node).replace("_", "")
    try:
        d = Decimal(text)
    except InvalidOperation:
        raise Refusal(f"not a decimal number: {text!r}") from None
    if not d.is_finite():
        raise Refusal(f"not a finite number: {text!r}")
    return Fraction(d)


_ExactLoader.add_constructor("tag:yaml.org,2002:float", _construct_exact_float)


def load_yaml_text(text: str):
    return yaml.load(text, Loader=_ExactLoader)


METHODS = ("single", "mean", "trimmed-mean", "median")


@dataclass(frozen=True)
class Criterion:
    id: str
    name: str
    max: Fraction


@dataclass(frozen=True)
class Qualify:
    after: str
    top: Optional[int] = None
    min_score: Optional[Fraction] = None


@dataclass(frozen=True)
class Round:
    id: str
    name: str
    max: Fraction
    weight: Fraction
    method: str = "mean"
    trim: int = 1
    judges: Optional[int] = None
    criteria: tuple = ()
    qualify: Optional[Qualify] = None

    @property
    def marks_needed(self) -> int:
        """Fewest judges' marks that make a competitor's round complete."""
        if self.judges is not None:
            return self.judges
        if self.method == "trimmed-mean":
            return 2 * self.trim + 1
        return 1


@dataclass(frozen=True)
class Tier:
    name: str
    count: Optional[int] = None
    percent: Optional[Fraction] = None
    title: str = ""
    min_total: Optional[Fraction] = None


@dataclass
class Competition:
    id: str
    name: str
    trades: list  # [(id, name)]
    rounds: list  # [Round]
    judges: dict  # id -> name
    tie_break: list  # [("round", rid) | ("time", rid)]
    percent_rounding: str
    prizes: list  # [Tier]

    def round(self, rid: str) -> Round:
        for r in self.rounds:
            if r.id == rid:
                return r
        raise KeyError(rid)


def round_from_dict(d: dict) -> Round:
    """One entry of `rounds:`; checks that need only this round."""
    if not isinstance(d, dict):
        raise Refusal(f"rounds: entry is not a mapping: {d!r}")
    rid = str(d.get("id", ""))
    if not rid:
        raise Refusal("rounds: a round has no id")
    name = str(d.get("name", rid))
    rmax = to_fraction(d.get("max"), f"rounds.{rid}.max")
    if rmax <= 0:
        raise Refusal(f"rounds.{rid}.max: must be positive, got {rmax}")
    weight = to_fraction(d.get("weight"), f"rounds.{rid}.weight")
    method = d.get("aggregate", "mean")
    if method not in METHODS:
        raise Refusal(f"rounds.{rid}.aggregate: unknown method {method!r}")
    trim = 1
    if "trim" in d:
        trim = whole(to_fraction(d["trim"], f"rounds.{rid}.trim"), f"rounds.{rid}.trim")
        if trim < 1:  # a choice: trim 0 would just be `mean`
            raise Refusal(f"rounds.{rid}.trim: must be >= 1, got {trim}")
    judges = None
    if d.get("judges") is not None:
        judges = whole(to_fraction(d["judges"], f"rounds.{rid}.judges"), f"rounds.{rid}.judges")
        need = {"single": 1, "mean": 1, "median": 1, "trimmed-mean": 2 * trim + 1}[method]
        if judges < need:
            raise Refusal(
                f"rounds.{rid}.judges: {judges} is fewer than {method} needs ({need})"
            )
        if method == "single" and judges != 1:
            raise Refusal(f"rounds.{rid}.judges: single takes exactly 1 mark, got {judges}")
    criteria = []
    for c in d.get("criteria") or []:
        cid = str(c.get("id", ""))
        if not cid:
            raise Refusal(f"rounds.{rid}.criteria: a criterion has no id")
        cmax = to_fraction(c.get("max"), f"rounds.{rid}.criteria.{cid}.max")
        if cmax <= 0:
            raise Refusal(f"rounds.{rid}.criteria.{cid}.max: must be positive")
        criteria.append(Criterion(cid, str(c.get("name", cid)), cmax))
    if criteria:
        if len({c.id for c in criteria}) != len(criteria):
            raise Refusal(f"rounds.{rid}.criteria: ids repeat")
        total = sum((c.max for c in criteria), Fraction(0))
        if total != rmax:
            raise Refusal(
                f"rounds.{rid}.criteria: maxima sum to {total}, round max is {rmax}"
            )
    qualify = None
    q = d.get("qualify")
    if q is not None:
        after = str(q.get("after", ""))
        has_top, has_min = "top" in q, "min_score" in q
        if has_top == has_min:
            raise Refusal(f"rounds.{rid}.qualify: give exactly one of top, min_score")
        if has_top:
            top = whole(to_fraction(q["top"], f"rounds.{rid}.qualify.top"), "top")
            qualify = Qualify(after=after, top=top)
        else:
            qualify = Qualify(
                after=after, min_score=to_fraction(q["min_score"], f"rounds.{rid}.qualify.min_score")
            )
    return Round(
        id=rid,
        name=name,
        max=rmax,
        weight=weight,
        method=method,
        trim=trim,
        judges=judges,
        criteria=tuple(criteria),
        qualify=qualify,
    )


def competition_from_dict(data: dict) -> Competition:
    if not isinstance(data, dict):
        raise Refusal("competition file: not a mapping")
    meta = data.get("competition") or {}
    trades = []
    for t in data.get("trades") or []:
        trades.append((str(t["id"]), str(t.get("name", t["id"]))))
    if not trades:
        raise Refusal("trades: none defined")
    if len({t[0] for t in trades}) != len(trades):
        raise Refusal("trades: ids repeat")
    rounds = [round_from_dict(r) for r in data.get("rounds") or []]
    if not rounds:
        raise Refusal("rounds: none defined")
    ids = [r.id for r in rounds]
    if len(set(ids)) != len(ids):
        raise Refusal("rounds: ids repeat")
    weights = sum((r.weight for r in rounds), Fraction(0))
    if weights != 100:
        raise Refusal(f"rounds: weights sum to {weights}, not 100")
    for i, r in enumerate(rounds):
        if r.qualify and r.qualify.after not in ids[:i]:
            raise Refusal(
                f"rounds.{r.id}.qualify.after: {r.qualify.after!r} is not an earlier round"
            )
    judges = {}
    for j in data.get("judges") or []:
        jid = str(j["id"])
        if jid in judges:
            raise Refusal(f"judges: id {jid!r} repeats")
        judges[jid] = str(j.get("name", jid))
    tie_break = []
    for key in data.get("tie_break") or []:
        key = str(key)
        if key.startswith("time:"):
            rid, kind = key[len("time:"):], "time"
        else:
            rid, kind = key, "round"
        if rid not in ids:
            raise Refusal(f"tie_break: unknown round {key!r}")
        tie_break.append((kind, rid))
    percent_rounding = str(data.get("percent_rounding", "floor"))
    if percent_rounding not in ("floor", "half-up"):
        raise Refusal(f"percent_rounding: unknown value {percent_rounding!r}")
    prizes = []
    for p in data.get("prizes") or []:
        pname = str(p.get("name", ""))
        has_count, has_percent = "count" in p, "percent" in p
        if has_count == has_percent:
            raise Refusal(f"prizes.{pname}: give exactly one of count, percent")
        count = whole(to_fraction(p["count"], f"prizes.{pname}.count"), "count") if has_count else None
        percent = to_fraction(p["percent"], f"prizes.{pname}.percent") if has_percent else None
        min_total = (
            to_fraction(p["min_total"], f"prizes.{pname}.min_total")
            if p.get("min_total") is not None
            else None
        )
        title = p.get("title")
        prizes.append(
            Tier(
                name=pname,
                count=count,
                percent=percent,
                title="" if title is None else str(title),
                min_total=min_total,
            )
        )
    return Competition(
        id=str(meta.get("id", "")),
        name=str(meta.get("name", "")),
        trades=trades,
        rounds=rounds,
        judges=judges,
        tie_break=tie_break,
        percent_rounding=percent_rounding,
        prizes=prizes,
    )


def load_competition(path: str) -> Competition:
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    try:
        data = load_yaml_text(text)
    except yaml.YAMLError as e:
        raise Refusal(f"{path}: YAML does not parse: {e}") from None
    return competition_from_dict(data)


# --------------------------------------------------------------------------
# Input CSVs


STATUSES = ("active", "absent", "disqualified", "withdrawn")


@dataclass(frozen=True)
class Competitor:
    number: str
    name: str
    unit: str
    trade: str
    status: str = "active"


def _read_csv(path: str, required: tuple, optional: tuple = ()):
    """Yields (line_number, {column: value}) for every data row."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        try:
            header = next(reader)
        except StopIteration:
            raise Refusal(f"{path}: empty file, header row required") from None
        header = [h.strip() for h in header]
        for col in required:
            if col not in header:
                raise Refusal(f"{path}: line 1: header lacks column {col!r}")
        wanted = [c for c in required + optional if c in header]
        index = {c: header.index(c) for c in wanted}
        for row in reader:
            if not row or all(cell == "" for cell in row):
                continue  # blank line
            if len(row) != len(header):
                raise Refusal(
                    f"{path}: line {reader.line_num}: {len(row)} fields, header has {len(header)}"
                )
            yield reader.line_num, {c: row[i] for c, i in index.items()}


def read_roster(path: str, comp: Competition) -> list:
    trade_ids = {t[0] for t in comp.trades}
    out, seen = [], set()
    for line, row in _read_csv(path, ("number", "name", "unit", "trade"), ("status",)):
        number = row["number"]
        if not number:
            raise Refusal(f"{path}: line {line}: column number: empty")
        if number in seen:
            raise Refusal(f"{path}: line {line}: column number: {number!r} repeats")
        seen.add(number)
        if row["trade"] not in trade_ids:
            raise Refusal(f"{path}: line {line}: column trade: unknown {row['trade']!r}")
        status = row.get("status", "") or "active"
        if status not in STATUSES:
            raise Refusal(f"{path}: line {line}: column status: unknown {status!r}")
        out.append(Competitor(number, row["name"], row["unit"], row["trade"], status))
    return out


def read_marks(path: str, comp: Competition, roster: list) -> dict:
    """{(number, round id): {judge: {criterion id or None: Fraction}}}"""
    numbers = {c.number for c in roster}
    rounds = {r.id: r for r in comp.rounds}
    marks: dict = {}
    for line, row in _read_csv(path, ("number", "round", "judge", "score"), ("criterion",)):
        where = f"{path}: line {line}"
        number, rid, judge = row["number"], row["round"], row["judge"]
        if number not in numbers:
            raise Refusal(f"{where}: column number: unknown competitor {number!r}")
        if rid not in rounds:
            raise Refusal(f"{where}: column round: unknown round {rid!r}")
        if judge not in comp.judges:
            raise Refusal(f"{where}: column judge: unknown judge {judge!r}")
        rnd = rounds[rid]
        crit = row.get("criterion", "") or None
        if rnd.criteria:
            if crit is None:
                raise Refusal(f"{where}: column criterion: required for round {rid!r}")
            crits = {c.id: c for c in rnd.criteria}
            if crit not in crits:
                raise Refusal(f"{where}: column criterion: unknown {crit!r}")
            limit = crits[crit].max
        else:
            if crit is not None:
                raise Refusal(f"{where}: column criterion: round {rid!r} has no criteria")
            limit = rnd.max
        value = parse_mark_text(row["score"])
        if value is None or value > limit:
            raise Refusal(f"{where}: column score: bad mark {row['score']!r}")
        per_judge = marks.setdefault((number, rid), {}).setdefault(judge, {})
        if crit in per_judge:
            raise Refusal(f"{where}: mark entered twice")
        per_judge[crit] = value
    return marks


def parse_time(text: str) -> Optional[int]:
    """Whole seconds, M:SS or H:MM:SS, as seconds; None when malformed."""
    if _WHOLE_RE.fullmatch(text):
        return int(text)
    m = re.fullmatch(r"([0-9]+):([0-5][0-9])", text)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2))
    m = re.fullmatch(r"([0-9]+):([0-5][0-9]):([0-5][0-9])", text)
    if m:
        return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
    return None


def read_times(path: Optional[str], comp: Competition, roster: list) -> dict:
    """{(number, round id): seconds}"""
    if path is None:
        return {}
    numbers = {c.number for c in roster}
    rids = {r.id for r in comp.rounds}
    times = {}
    for line, row in _read_csv(path, ("number", "round", "time")):
        where = f"{path}: line {line}"
        if row["number"] not in numbers:
            raise Refusal(f"{where}: column number: unknown competitor {row['number']!r}")
        if row["round"] not in rids:
            raise Refusal(f"{where}: column round: unknown round {row['round']!r}")
        seconds = parse_time(row["time"])
        if seconds is None:
            raise Refusal(f"{where}: column time: bad time {row['time']!r}")
        key = (row["number"], row["round"])
        if key in times:
            raise Refusal(f"{where}: time entered twice")
        times[key] = seconds
    return times


# --------------------------------------------------------------------------
# Round score (section 2)


def aggregate(rnd: Round, values: list) -> Fraction:
    """The rounded round score from the judges' marks (already complete)."""
    vals = sorted(values)
    n = len(vals)
    if rnd.method == "single":
        if n != 1:
            raise Refusal(f"round {rnd.id}: single needs exactly 1 mark, got {n}")
        exact = vals[0]
    elif rnd.method == "mean":
        exact = sum(vals, Fraction(0)) / n
    elif rnd.method == "trimmed-mean":
        k = rnd.trim
        if n < 2 * k + 1:
            raise Refusal(f"round {rnd.id}: trimmed-mean needs {2 * k + 1} marks, got {n}")
        kept = vals[k : n - k]
        exact = sum(kept, Fraction(0)) / len(kept)
    elif rnd.method == "median":
        mid = n // 2
        exact = vals[mid] if n % 2 else (vals[mid - 1] + vals[mid]) / 2
    else:  # pragma: no cover - refused at load
        raise Refusal(f"round {rnd.id}: unknown method {rnd.method}")
    return round_half_up(exact)


def judge_marks(rnd: Round, per_judge: dict) -> tuple:
    """(complete judges' marks, missing [(judge, criterion)] of partial judges)."""
    values, missing = [], []
    for judge in sorted(per_judge):
        entered = per_judge[judge]
        if rnd.criteria:
            absent = [c.id for c in rnd.criteria if c.id not in entered]
            if absent:
                missing.extend((judge, c) for c in absent)
                continue
            values.append(sum((entered[c.id] for c in rnd.criteria), Fraction(0)))
        else:
            values.append(entered[None])
    return values, missing


def round_score(rnd: Round, per_judge: dict, who: str = "?") -> tuple:
    """(rounded score or None when incomplete, list of missing-mark descriptions)."""
    values, partial = judge_marks(rnd, per_judge or {})
    entered = len(per_judge or {})
    if rnd.judges is not None and entered > rnd.judges:
        raise Refusal(
            f"competitor {who}, round {rnd.id}: {entered} judges' marks, round declares {rnd.judges}"
        )
    if rnd.method == "single" and entered > 1:
        raise Refusal(f"competitor {who}, round {rnd.id}: single takes 1 mark, got {entered}")
    missing = [f"competitor {who}, round {rnd.id}, judge {j}, criterion {c}" for j, c in partial]
    started = len(values) + len({j for j, _ in partial})
    if started < rnd.marks_needed:
        short = rnd.marks_needed - started
        missing.append(
            f"competitor {who}, round {rnd.id}: {short} more judge mark(s) needed "
            f"(has {len(values)} complete, needs {rnd.marks_needed})"
        )
    if missing:
        return None, missing
    return aggregate(rnd, values), []


# --------------------------------------------------------------------------
# Ranking helpers


def standard_ranks(keys: dict) -> dict:
    """{item: key} -> {item: rank}; smaller key is better; 1, 2, 2, 4."""
    ordered = sorted(keys.values())
    out = {}
    for item, k in keys.items():
        # rank = 1 + number of keys strictly better
        lo, hi = 0, len(ordered)
        while lo < hi:
            mid = (lo + hi) // 2
            if ordered[mid] < k:
                lo = mid + 1
            else:
                hi = mid
        out[item] = lo + 1
    return out


# --------------------------------------------------------------------------
# Qualification (section 6)


def admitted_for_round(rnd: Round, active: Iterable, admitted: dict, scores: dict) -> set:
    """Competitor numbers admitted to `rnd` within one trade.

    active: numbers of the trade's active competitors; admitted: {round id:
    set of numbers} for earlier rounds; scores: {(number, round id): rounded
    score} for earlier rounds.  A round without `qualify` admits every active
    competitor.  A qualifying cut ranks the competitors admitted to the
    earlier round (all of whom must have a score there).
    """
    if rnd.qualify is None:
        return set(active)
    after = rnd.qualify.after
    pool = {}
    for n in admitted[after]:
        if (n, after) not in scores:
            raise Refusal(
                f"round {rnd.id}: qualification after {after!r} cannot be decided, "
                f"competitor {n} has no complete score in {after!r}"
            )
        pool[n] = scores[(n, after)]
    if rnd.qualify.top is not None:
        ranks = standard_ranks({n: -s for n, s in pool.items()})
        return {n for n, r in ranks.items() if r <= rnd.qualify.top}
    return {n for n, s in pool.items() if s >= rnd.qualify.min_score}


# --------------------------------------------------------------------------
# Prizes (section 7)


def tier_counts(comp: Competition, ranked_count: int) -> list:
    counts = []
    for t in comp.prizes:
        if t.count is not None:
            counts.append(t.count)
        else:
            exact = t.percent * ranked_count / 100
            if comp.percent_rounding == "half-up":
                counts.append(round_half_up_int(exact))
            else:
                counts.append(math.floor(exact))
    return counts


def prize_for(tiers: list, counts: list, rank: int, total: Fraction) -> Optional[Tier]:
    cumulative = 0
    for tier, n in zip(tiers, counts):
        cumulative += n
        if rank <= cumulative and (tier.min_total is None or total >= tier.min_total):
            return tier
    return None


# --------------------------------------------------------------------------
# One trade's sheet (sections 3-8)

GROUP_ORDER = ("ranked", "not-qualified", "absent", "disqualified", "withdrawn")
STATUS_ZH = {
    "ranked": "",
    "not-qualified": "未晋级",
    "absent": "缺考",
    "disqualified": "取消资格",
    "withdrawn": "退赛",
}


@dataclass
class Line:
    """One row of a result sheet, before formatting."""

    competitor: Competitor
    group: str
    scores: dict = field(default_factory=dict)  # round id -> Fraction
    total: Optional[Fraction] = None
    rank: Optional[int] = None
    tier: Optional[Tier] = None


def weighted_total(comp: Competition, scores: dict) -> Fraction:
    exact = sum((r.weight * scores[r.id] / r.max for r in comp.rounds), Fraction(0))
    return round_half_up(exact)


def evaluate_trade(comp: Competition, trade_id: str, roster: list, marks: dict, times: dict) -> list:
    """The sheet's lines for one trade, in sheet order."""
    people = [c for c in roster if c.trade == trade_id]
    active = [c.number for c in people if c.status == "active"]
    admitted: dict = {}
    scores: dict = {}
    missing: dict = {}  # number -> [descriptions]
    for rnd in comp.rounds:
        adm = admitted_for_round(rnd, active, admitted, scores)
        admitted[rnd.id] = adm
        for n in adm:
            score, miss = round_score(rnd, marks.get((n, rnd.id)), who=n)
            if score is None:
                missing.setdefault(n, []).extend(miss)
            else:
                scores[(n, rnd.id)] = score
    for (n, rid), _ in marks.items():
        person = next((c for c in people if c.number == n), None)
        if person is not None and n not in admitted[rid]:
            print(
                f"reference: warning: marks for competitor {n} in round {rid} ignored "
                f"({person.status}, not admitted to that round)",
                file=sys.stderr,
            )

    lines = []
    blocking = []
    for c in people:
        if c.status != "active":
            lines.append(Line(c, c.status))
            continue
        taken = {r.id: scores[(c.number, r.id)] for r in comp.rounds if (c.number, r.id) in scores}
        if all(c.number in admitted[r.id] for r in comp.rounds):
            if c.number in missing:
                blocking.extend(missing[c.number])
                continue
            lines.append(Line(c, "ranked", scores=taken, total=weighted_total(comp, taken)))
        else:
            lines.append(Line(c, "not-qualified", scores=taken))
    if blocking:
        raise Refusal(
            f"trade {trade_id}: marks incomplete, no final sheet:\n  " + "\n  ".join(blocking)
        )

    # Section 5: rank by total, then the tie-break chain; standard competition ranking.
    ranked = [ln for ln in lines if ln.group == "ranked"]

    def chain_key(ln: Line) -> tuple:
        key = [-ln.total]
        for kind, rid in comp.tie_break:
            if kind == "round":
                key.append(-ln.scores[rid])
            else:
                t = times.get((ln.competitor.number, rid))
                key.append((0, t) if t is not None else (1, 0))
        return tuple(key)

    keys = {id(ln): chain_key(ln) for ln in ranked}
    ranks = standard_ranks(keys)
    for ln in ranked:
        ln.rank = ranks[id(ln)]
    counts = tier_counts(comp, len(ranked))
    for ln in ranked:
        ln.tier = prize_for(comp.prizes, counts, ln.rank, ln.total)
    ranked.sort(key=lambda ln: (ln.rank, number_key(ln.competitor.number)))

    # Not qualified: the round whose cut they failed first (latest stage
    # first), then that cut's earlier round score descending, then number.
    round_index = {r.id: i for i, r in enumerate(comp.rounds)}

    def nq_key(ln: Line):
        n = ln.competitor.number
        first_cut = next(r for r in comp.rounds if n not in admitted[r.id])
        after = first_cut.qualify.after
        return (-round_index[first_cut.id], -ln.scores[after], number_key(n))

    not_qualified = sorted((ln for ln in lines if ln.group == "not-qualified"), key=nq_key)
    # SCORING.md section 4 item 3 is one group: absent, disqualified and
    # withdrawn together, ordered by competitor number (the project's reading).
    out = ranked + not_qualified
    out += sorted(
        (ln for ln in lines if ln.group in ("absent", "disqualified", "withdrawn")),
        key=lambda ln: number_key(ln.competitor.number),
    )
    return out


def sheet_rows(comp: Competition, trade_id: str, lines: list, headers: str = "keys") -> list:
    trade_name = dict(comp.trades)[trade_id]
    if headers == "zh":
        head = ["名次", "参赛号", "姓名", "单位", "工种"]
        head += [r.name for r in comp.rounds]
        head += ["总成绩", "奖项", "称号", "备注"]
        trade_cell = trade_name
    else:
        head = ["rank", "number", "name", "unit", "trade"]
        head += [r.id for r in comp.rounds]
        head += ["total", "prize", "title", "status"]
        trade_cell = trade_id
    rows = [head]
    for ln in lines:
        c = ln.competitor
        row = ["" if ln.rank is None else str(ln.rank), c.number, c.name, c.unit, trade_cell]
        row += [format_score(ln.scores[r.id]) if r.id in ln.scores else "" for r in comp.rounds]
        row.append("" if ln.total is None else format_score(ln.total))
        row.append("" if ln.tier is None else ln.tier.name)
        row.append("" if ln.tier is None else ln.tier.title)
        row.append(STATUS_ZH[ln.group] if headers == "zh" else ln.group)
        rows.append(row)
    return rows


def csv_field(text: str) -> str:
    """RFC 4180: quote only fields holding a comma, a quote, CR or LF."""
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_bytes(rows: list, bom: bool = True) -> bytes:
    body = "".join(",".join(csv_field(cell) for cell in row) + "\r\n" for row in rows)
    return (b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8")


# --------------------------------------------------------------------------
# Command line


def run(config: str, roster_path: str, marks_path: str, times_path: Optional[str], out: str,
        headers: str = "keys", bom: bool = True) -> list:
    """Computes and writes every trade's sheet; returns the paths written."""
    comp = load_competition(config)
    roster = read_roster(roster_path, comp)
    marks = read_marks(marks_path, comp, roster)
    times = read_times(times_path, comp, roster)
    sheets = {}
    for trade_id, _ in comp.trades:
        lines = evaluate_trade(comp, trade_id, roster, marks, times)
        sheets[trade_id] = csv_bytes(sheet_rows(comp, trade_id, lines, headers), bom)
    os.makedirs(out, exist_ok=True)
    written = []
    for trade_id, data in sheets.items():
        path = os.path.join(out, f"{trade_id}.csv")
        with open(path, "wb") as f:
            f.write(data)
        written.append(path)
    return written


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--config", required=True)
    p.add_argument("--roster", required=True)
    p.add_argument("--marks", required=True)
    p.add_argument("--times")
    p.add_argument("--out", required=True)
    p.add_argument("--headers", choices=("keys", "zh"), default="keys")
    p.add_argument("--no-bom", action="store_true")
    args = p.parse_args(argv)
    try:
        run(args.config, args.roster, args.marks, args.times, args.out, args.headers, not args.no_bom)
    except Refusal as e:
        print(f"reference: error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
