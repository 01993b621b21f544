-- The sqlite3 baseline for `judge results export`: the same ranking, computed
-- by one SQL statement over judge's own tables, written to rank.csv in the
-- current folder. Run from Benchmarks/bench.py as
--     cd OUTDIR && sqlite3 -bail JUDGE.db < Benchmarks/rank.sql
--
-- Covers what the benchmark competition uses (SCORING.md sections 1-5):
-- aggregate single / mean / trimmed-mean (not median), criteria, judges: n,
-- a tie-break chain of up to 4 keys (round ids and time:<round>), statuses.
-- Leaves out qualification cuts and prizes. All arithmetic is in integer
-- hundredths; half-up of a/b (a, b >= 0) is (2a + b) / (2b) in integer division.
.mode csv
.headers on
.once rank.csv
WITH RECURSIVE
round_info AS (
    SELECT r.id, r.position, r.max_h, r.weight_h,
           CASE r.aggregate WHEN 'trimmed-mean' THEN COALESCE(r.trim, 1) ELSE 0 END AS trim,
           COALESCE(r.judges, 1) AS judges,
           MAX(1, (SELECT COUNT(*) FROM criterion c WHERE c.round_id = r.id)) AS ncrit
    FROM round r
),
-- P = product of all round maxima, a common denominator for the total.
prod(pos, p) AS (
    SELECT -1e18, 1
    UNION ALL
    SELECT r.position, prod.p * r.max_h
    FROM prod JOIN round r ON r.position = (SELECT MIN(position) FROM round WHERE position > prod.pos)
),
denom AS (SELECT p AS P FROM prod ORDER BY pos DESC LIMIT 1),
-- A judge's mark: the single mark, or the sum of criterion marks once all are in.
judge_mark AS (
    SELECT m.competitor_id, m.round_id, SUM(m.value_h) AS h
    FROM mark m JOIN round_info ri ON ri.id = m.round_id
    GROUP BY m.competitor_id, m.round_id, m.judge_id
    HAVING COUNT(*) = MAX(ri.ncrit)
),
ordered AS (
    SELECT competitor_id, round_id, h,
           ROW_NUMBER() OVER (PARTITION BY competitor_id, round_id ORDER BY h) AS pos,
           COUNT(*) OVER (PARTITION BY competitor_id, round_id) AS k
    FROM judge_mark
),
-- Round score: drop `trim` lowest and highest judges' marks, half-up mean of the rest.
round_score AS (
    SELECT o.competitor_id, o.round_id, (2 * SUM(o.h) + COUNT(*)) / (2 * COUNT(*)) AS score_h
    FROM ordered o JOIN round_info ri ON ri.id = o.round_id
    WHERE o.k >= ri.judges AND o.k >= 2 * ri.trim + 1
      AND o.pos > ri.trim AND o.pos <= o.k - ri.trim
    GROUP BY o.competitor_id, o.round_id
),
-- Tie-break keys in chain order 1..4.
tb AS (
    SELECT ROW_NUMBER() OVER (ORDER BY position) AS ord, kind, round_id FROM tie_break
),
-- Everything known per competitor and round: the round score, or minus the time used.
fact AS (
    SELECT competitor_id, round_id, score_h, NULL AS neg_time FROM round_score
    UNION ALL
    SELECT competitor_id, round_id, NULL, -seconds FROM time_used
),
-- Ranked: active with a score in every round. Total half-up; each tie-break
-- key as "higher wins" (round score, or minus the time; no time recorded is NULL,
-- which sorts last).
total AS (
    SELECT c.id, c.number, c.trade_id,
           (2 * SUM(f.score_h * ri.weight_h * (d.P / ri.max_h)) + d.P) / (2 * d.P) AS total_h,
           MAX(CASE tb.ord WHEN 1 THEN COALESCE(f.score_h, f.neg_time) END) AS k1,
           MAX(CASE tb.ord WHEN 2 THEN COALESCE(f.score_h, f.neg_time) END) AS k2,
           MAX(CASE tb.ord WHEN 3 THEN COALESCE(f.score_h, f.neg_time) END) AS k3,
           MAX(CASE tb.ord WHEN 4 THEN COALESCE(f.score_h, f.neg_time) END) AS k4
    FROM fact f
    JOIN competitor c ON c.id = f.competitor_id
    JOIN round_info ri ON ri.id = f.round_id
    CROSS JOIN denom d
    LEFT JOIN tb ON tb.round_id = f.round_id
                AND tb.kind = CASE WHEN f.score_h IS NULL THEN 'time' ELSE 'round' END
    WHERE c.status = 'active'
    GROUP BY c.id
    HAVING COUNT(f.score_h) = (SELECT COUNT(*) FROM round)
),
ranked AS (
    SELECT trade_id, number, total_h,
           RANK() OVER (PARTITION BY trade_id
                        ORDER BY total_h DESC, k1 DESC NULLS LAST, k2 DESC NULLS LAST,
                                 k3 DESC NULLS LAST, k4 DESC NULLS LAST) AS rank
    FROM total
)
SELECT trade_id AS trade, rank, number,
       printf('%d.%02d', total_h / 100, total_h % 100) AS total
FROM ranked
ORDER BY trade_id, rank, length(number), number;
