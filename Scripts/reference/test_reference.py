"""Hand-checked sanity cases for reference.py (python3 -m pytest Scripts/reference -q)."""

import os
import sys
import tempfile
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import random_competition as gen  # noqa: E402
import reference as ref  # noqa: E402


def D(text: str) -> F:
    return ref.parse_mark_text(text)


def make_round(**kw) -> ref.Round:
    base = {"id": "r", "name": "r", "max": 100, "weight": 100}
    base.update(kw)
    return ref.round_from_dict(base)


def comp_with(rounds: list, prizes=None, percent_rounding=None) -> ref.Competition:
    data = {
        "competition": {"id": "t", "name": "t"},
        "trades": [{"id": "t1", "name": "工种"}],
        "rounds": rounds,
        "judges": [{"id": "J1"}],
        "prizes": prizes or [],
    }
    if percent_rounding:
        data["percent_rounding"] = percent_rounding
    return ref.competition_from_dict(data)


# -- section 1 ---------------------------------------------------------------


def test_half_up_and_format():
    assert ref.round_half_up(F(80425, 1000)) == D("80.43")
    assert ref.round_half_up(F(80424999, 1000000)) == D("80.42")
    assert ref.round_half_up(F(263, 3)) == D("87.67")
    assert ref.format_score(D("86.5")) == "86.50"
    assert ref.format_score(F(100)) == "100.00"
    assert ref.format_score(F(0)) == "0.00"
    assert ref.format_score(D("0.05")) == "0.05"


def test_mark_text():
    assert ref.parse_mark_text("85") == 85
    assert ref.parse_mark_text("85.5") == D("85.50")
    assert ref.parse_mark_text("0.25") == F(1, 4)
    for bad in ("", "-1", "85.555", "1e2", "NaN", "abc", " 85", ".5", "5."):
        assert ref.parse_mark_text(bad) is None, bad


# -- sections 2 and 3 -------------------------------------------------------------


def test_weighted_total_30_70():
    comp = comp_with(
        [
            {"id": "theory", "name": "理论", "max": 100, "weight": 30},
            {"id": "practical", "name": "实操", "max": 100, "weight": 70},
        ]
    )
    total = ref.weighted_total(comp, {"theory": D("85.50"), "practical": D("78.25")})
    assert ref.format_score(total) == "80.43"  # 25.65 + 54.775 = 80.425


def test_weight_equal_to_max_is_a_plain_sum():
    comp = comp_with(
        [
            {"id": "theory", "name": "理论", "max": 30, "weight": 30},
            {"id": "practical", "name": "实操", "max": 70, "weight": 70},
        ]
    )
    assert ref.weighted_total(comp, {"theory": D("25.5"), "practical": D("61.25")}) == D("86.75")


def test_total_uses_rounded_round_scores():
    comp = comp_with(
        [
            {"id": "a", "name": "a", "max": 100, "weight": 50},
            {"id": "b", "name": "b", "max": 100, "weight": 50, "aggregate": "mean"},
        ]
    )
    b = ref.aggregate(comp.round("b"), [D("0.01"), D("0")])  # 0.005 -> 0.01
    assert b == D("0.01")
    # 0.5 * 0.01 = 0.005 -> 0.01; from the unrounded 0.005 it would be 0.0025 -> 0.00
    assert ref.format_score(ref.weighted_total(comp, {"a": F(0), "b": b})) == "0.01"


def test_trimmed_mean():
    r = make_round(aggregate="trimmed-mean")
    assert ref.format_score(ref.aggregate(r, [D(x) for x in "82 85 88 90 95".split()])) == "87.67"
    assert ref.format_score(ref.aggregate(r, [D(x) for x in "80 80 85 90 90".split()])) == "85.00"
    r2 = make_round(aggregate="trimmed-mean", trim=2)
    assert ref.aggregate(r2, [D(x) for x in "10 20 30 40 50".split()]) == 30


def test_median_mean_single():
    med = make_round(aggregate="median")
    assert ref.aggregate(med, [D("85.25"), D("85.50")]) == D("85.38")  # 85.375
    assert ref.aggregate(med, [D("1"), D("9"), D("2")]) == 2
    mean = make_round()
    assert mean.method == "mean"
    assert ref.aggregate(mean, [D("85.25"), D("85")]) == D("85.13")  # 85.125
    single = make_round(aggregate="single")
    assert ref.aggregate(single, [D("85.5")]) == D("85.5")


def test_criteria_sum_per_judge_and_completeness():
    r = make_round(
        aggregate="mean",
        judges=2,
        criteria=[{"id": "a", "max": 40}, {"id": "b", "max": 60}],
    )
    full = {"J1": {"a": D("30"), "b": D("50.5")}, "J2": {"a": D("31"), "b": D("50")}}
    assert ref.round_score(r, full) == (D("80.75"), [])
    partial = {"J1": {"a": D("30"), "b": D("50.5")}, "J2": {"a": D("31")}}
    score, missing = ref.round_score(r, partial)
    assert score is None and missing
    short = {"J1": {"a": D("30"), "b": D("50.5")}}
    assert ref.round_score(r, short)[0] is None


# -- sections 5-7 ------------------------------------------------------------------


def test_standard_competition_ranking():
    ranks = ref.standard_ranks({"a": -90, "b": -85, "c": -85, "d": -80})
    assert ranks == {"a": 1, "b": 2, "c": 2, "d": 4}


def test_quotas_2_3_5():
    comp = comp_with(
        [{"id": "r", "name": "r", "max": 100, "weight": 100}],
        prizes=[
            {"name": "一等奖", "count": 2, "title": "顺义工匠"},
            {"name": "二等奖", "count": 3},
            {"name": "三等奖", "count": 5},
        ],
    )
    ranks = [1, 2, 2, 4, 5, 6, 7, 8, 9, 10, 10, 12]
    counts = ref.tier_counts(comp, len(ranks))
    got = [ref.prize_for(comp.prizes, counts, r, F(50)) for r in ranks]
    names = [t.name if t else None for t in got]
    assert names.count("一等奖") == 3
    assert names.count("二等奖") == 2
    assert names.count("三等奖") == 6
    assert names[-1] is None
    assert got[0].title == "顺义工匠"


def test_min_total_leaves_tier_vacant():
    comp = comp_with(
        [{"id": "r", "name": "r", "max": 100, "weight": 100}],
        prizes=[{"name": "一等奖", "count": 1, "min_total": 95}, {"name": "二等奖", "count": 2}],
    )
    counts = ref.tier_counts(comp, 5)
    assert ref.prize_for(comp.prizes, counts, 1, D("94.99")).name == "二等奖"
    assert ref.prize_for(comp.prizes, counts, 1, F(95)).name == "一等奖"
    assert ref.prize_for(comp.prizes, counts, 4, F(99)) is None


def test_percent_rounding():
    rounds = [{"id": "r", "name": "r", "max": 100, "weight": 100}]
    prizes = [{"name": "一等奖", "percent": 10}]
    assert ref.tier_counts(comp_with(rounds, prizes), 75) == [7]
    assert ref.tier_counts(comp_with(rounds, prizes, "floor"), 75) == [7]
    assert ref.tier_counts(comp_with(rounds, prizes, "half-up"), 75) == [8]  # 7.5
    assert ref.tier_counts(comp_with(rounds, prizes), 32) == [3]
    assert ref.tier_counts(comp_with(rounds, prizes, "half-up"), 32) == [3]  # 3.2


def test_top_10_cut_with_tie_at_10th_admits_11():
    later = make_round(id="practical", qualify={"after": "theory", "top": 10})
    scores = [100, 99, 98, 97, 96, 95, 94, 93, 92, 90, 90, 80, 70]
    numbers = [str(i + 1) for i in range(len(scores))]
    admitted = ref.admitted_for_round(
        later,
        numbers,
        {"theory": set(numbers)},
        {(n, "theory"): F(s) for n, s in zip(numbers, scores)},
    )
    assert len(admitted) == 11
    assert admitted == set(numbers[:11])


def test_min_score_cut_is_inclusive():
    later = make_round(id="practical", qualify={"after": "theory", "min_score": 80})
    scores = {("1", "theory"): D("80"), ("2", "theory"): D("79.99"), ("3", "theory"): D("80.01")}
    got = ref.admitted_for_round(later, ["1", "2", "3"], {"theory": {"1", "2", "3"}}, scores)
    assert got == {"1", "3"}


def test_number_order():
    nums = ["A-3", "105", "12", "8", "A-12", "B1", "007"]
    # whole numbers numerically (007 is 7), text after them ("A-12" < "A-3")
    assert sorted(nums, key=ref.number_key) == ["007", "8", "12", "105", "A-12", "A-3", "B1"]


def test_times():
    assert ref.parse_time("754") == 754
    assert ref.parse_time("12:34") == 754
    assert ref.parse_time("0:12:34") == 754
    assert ref.parse_time("1:02:05") == 3725
    for bad in ("", "1:2", "12:60", "1:60:00", "-5", "1.5", "a"):
        assert ref.parse_time(bad) is None, bad


# -- end to end, bytes of the sheet -------------------------------------------------

YAML = """\
competition: { id: e2e, name: 测试 }
trades:
  - { id: t1, name: 育婴员 }
  - { id: t2, name: 家庭照护员 }
rounds:
  - { id: theory, name: 理论知识, max: 100, weight: 30, aggregate: single, judges: 1 }
  - id: practical
    name: 实际操作
    max: 100
    weight: 70
    aggregate: trimmed-mean
    judges: 5
    qualify: { after: theory, top: 3 }
judges:
  - { id: T1, name: 阅卷组 }
  - { id: J1 }
  - { id: J2 }
  - { id: J3 }
  - { id: J4 }
  - { id: J5 }
tie_break: [practical, "time:practical"]
prizes:
  - { name: 一等奖, count: 1, title: 顺义工匠 }
  - { name: 二等奖, percent: 50, min_total: 60 }
  - { name: 三等奖, count: 1, min_total: 85.20 }
"""

ROSTER = """\
number,name,unit,trade,status
105,甲,"顺义区, 某站",t1,active
12,乙,U,t1,
7,丙,U,t1,
A-3,丁,U,t1,active
6,戊,U,t1,
9,己,U,t1,
10,庚,U,t1,
11,辛,U,t1,
8,壬,U,t1,absent
3,癸,U,t1,absent
2,子,U,t1,disqualified
A-12,丑,U,t1,withdrawn
"""

THEORY = {"105": "90", "12": "85.5", "7": "85.50", "A-3": "85.5", "6": "85.5", "9": "70", "10": "70", "11": "75"}
PRACTICAL = {
    "105": "80 82 85 88 90",  # 85.00
    "12": "82 85 88 90 95",  # 87.67
    "7": "80 80 85 90 90",  # 85.00
    "6": "90 80 85 90 80",  # 85.00
    "A-3": "80 85 85 85 90",  # 85.00
}

EXPECTED_T1 = [
    "rank,number,name,unit,trade,theory,practical,total,prize,title,status",
    "1,12,乙,U,t1,85.50,87.67,87.02,一等奖,顺义工匠,ranked",
    '2,105,甲,"顺义区, 某站",t1,90.00,85.00,86.50,二等奖,,ranked',
    "3,A-3,丁,U,t1,85.50,85.00,85.15,二等奖,,ranked",
    "4,6,戊,U,t1,85.50,85.00,85.15,,,ranked",
    "4,7,丙,U,t1,85.50,85.00,85.15,,,ranked",
    ",11,辛,U,t1,75.00,,,,,not-qualified",
    ",9,己,U,t1,70.00,,,,,not-qualified",
    ",10,庚,U,t1,70.00,,,,,not-qualified",
    ",2,子,U,t1,,,,,,disqualified",
    ",3,癸,U,t1,,,,,,absent",
    ",8,壬,U,t1,,,,,,absent",
    ",A-12,丑,U,t1,,,,,,withdrawn",
]


def write_e2e(tmp: str) -> dict:
    paths = {k: os.path.join(tmp, k) for k in ("c.yaml", "r.csv", "m.csv", "t.csv")}
    with open(paths["c.yaml"], "w", encoding="utf-8") as f:
        f.write(YAML)
    with open(paths["r.csv"], "w", encoding="utf-8-sig", newline="") as f:
        f.write(ROSTER)
    lines = ["number,round,judge,score"]
    lines += [f"{n},theory,T1,{s}" for n, s in THEORY.items()]
    for n, marks in PRACTICAL.items():
        lines += [f"{n},practical,J{i},{s}" for i, s in enumerate(marks.split(), start=1)]
    with open(paths["m.csv"], "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    with open(paths["t.csv"], "w", encoding="utf-8", newline="") as f:
        f.write("number,round,time\nA-3,practical,12:30\n105,practical,750\n")
    return paths


def test_end_to_end_sheet_bytes():
    with tempfile.TemporaryDirectory() as tmp:
        p = write_e2e(tmp)
        out = os.path.join(tmp, "out")
        rc = ref.main(
            ["--config", p["c.yaml"], "--roster", p["r.csv"], "--marks", p["m.csv"],
             "--times", p["t.csv"], "--out", out]
        )
        assert rc == 0
        assert sorted(os.listdir(out)) == ["t1.csv", "t2.csv"]
        with open(os.path.join(out, "t1.csv"), "rb") as f:
            got = f.read()
        assert got == b"\xef\xbb\xbf" + ("\r\n".join(EXPECTED_T1) + "\r\n").encode("utf-8")
        with open(os.path.join(out, "t2.csv"), "rb") as f:
            assert f.read() == b"\xef\xbb\xbf" + (EXPECTED_T1[0] + "\r\n").encode("utf-8")


def test_without_times_the_time_key_ties():
    # No times: A-3, 6 and 7 share rank 3, listed by number (6, 7, A-3).
    with tempfile.TemporaryDirectory() as tmp:
        p = write_e2e(tmp)
        out = os.path.join(tmp, "out")
        assert ref.main(["--config", p["c.yaml"], "--roster", p["r.csv"], "--marks", p["m.csv"],
                         "--out", out]) == 0
        with open(os.path.join(out, "t1.csv"), encoding="utf-8-sig", newline="") as f:
            rows = f.read().split("\r\n")
        assert [r.split(",")[0:2] for r in rows[3:6]] == [["3", "6"], ["3", "7"], ["3", "A-3"]]
        assert rows[3].endswith(",二等奖,,ranked")  # rank 3 <= 1 + 2


def test_incomplete_marks_refused():
    with tempfile.TemporaryDirectory() as tmp:
        p = write_e2e(tmp)
        with open(p["m.csv"], encoding="utf-8", newline="") as f:
            lines = f.read().split("\r\n")
        assert "12,practical,J5,95" in lines
        with open(p["m.csv"], "w", encoding="utf-8", newline="") as f:
            f.write("\r\n".join(ln for ln in lines if ln != "12,practical,J5,95"))
        assert ref.main(["--config", p["c.yaml"], "--roster", p["r.csv"], "--marks", p["m.csv"],
                         "--out", os.path.join(tmp, "out")]) == 1


# -- the generator ---------------------------------------------------------------


def test_generator_is_deterministic_and_valid():
    for seed in range(1, 16):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            assert gen.main(["--seed", str(seed), "--out", a]) == 0
            assert gen.main(["--seed", str(seed), "--out", b]) == 0
            for name in ("competition.yaml", "roster.csv", "marks.csv", "times.csv"):
                with open(os.path.join(a, name), "rb") as fa, open(os.path.join(b, name), "rb") as fb:
                    assert fa.read() == fb.read(), (seed, name)
            out = os.path.join(a, "ref")
            rc = ref.main(["--config", os.path.join(a, "competition.yaml"),
                           "--roster", os.path.join(a, "roster.csv"),
                           "--marks", os.path.join(a, "marks.csv"),
                           "--times", os.path.join(a, "times.csv"), "--out", out])
            assert rc == 0, seed


def test_wild_generator_is_valid():
    for seed in range(1, 11):
        with tempfile.TemporaryDirectory() as a:
            assert gen.main(["--seed", str(seed), "--out", a, "--wild-qualify"]) == 0
