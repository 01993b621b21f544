public import ScoringCore

/// Plots drawn as inline SVG by this program: integer pixel arithmetic on exact hundredths.
public enum SVGPlot {
    /// A step of 1, 2 or 5 times a power of ten (in hundredths) so that `span` takes about `ticks` steps.
    static func niceStep(_ span: Int64, ticks: Int64) -> Int64 {
        var step: Int64 = 1
        while true {
            for factor: Int64 in [1, 2, 5] where span <= step * factor * ticks {
                return step * factor
            }
            step *= 10
        }
    }

    /// Each judge's deviations from the round score: a box (quartiles and median) over one dot per
    /// competitor, zero marked, one line per judge.
    public static func deviations(_ round: JudgeConsistency.RoundSummary) -> String {
        let left: Int64 = 70
        let width: Int64 = 620
        let rowHeight: Int64 = 30
        let top: Int64 = 10
        let largest = round.judges.flatMap { $0.deviations.map { abs($0.hundredths) } }.max() ?? 0
        let step = niceStep(max(largest, 1), ticks: 4)
        let reach = max(step, (largest + step - 1) / step * step)
        func x(_ value: Int64) -> Int64 { left + (value + reach) * width / (2 * reach) }
        let height = top + rowHeight * Int64(round.judges.count) + 30
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(left + width + 20) \(height)\" width=\"\(left + width + 20)\" height=\"\(height)\" font-size=\"11\">"
        let bottom = top + rowHeight * Int64(round.judges.count)
        var tick = -reach
        while tick <= reach {
            let position = x(tick)
            let color = tick == 0 ? "#000" : "#ccc"
            svg +=
                "<line x1=\"\(position)\" y1=\"\(top)\" x2=\"\(position)\" y2=\"\(bottom)\" stroke=\"\(color)\" stroke-dasharray=\"\(tick == 0 ? "4 3" : "2 3")\"/>"
            svg +=
                "<text x=\"\(position)\" y=\"\(bottom + 14)\" text-anchor=\"middle\">\(JudgeConsistency.signed(tick))</text>"
            tick += step
        }
        for (index, judge) in round.judges.enumerated() {
            let middle = top + rowHeight * Int64(index) + rowHeight / 2
            svg +=
                "<text x=\"\(left - 8)\" y=\"\(middle + 4)\" text-anchor=\"end\">\(HTMLEscape.text(judge.judge.rawValue))</text>"
            let sorted = judge.deviations.map(\.hundredths).sorted()
            if !sorted.isEmpty {
                let (q1, median, q3) = (
                    sorted[sorted.count / 4], sorted[sorted.count / 2], sorted[(sorted.count * 3) / 4]
                )
                svg +=
                    "<rect x=\"\(x(q1))\" y=\"\(middle - 9)\" width=\"\(max(x(q3) - x(q1), 1))\" height=\"18\" fill=\"#dde6f3\" stroke=\"#4a6fa5\"/>"
                svg +=
                    "<line x1=\"\(x(median))\" y1=\"\(middle - 9)\" x2=\"\(x(median))\" y2=\"\(middle + 9)\" stroke=\"#1f3d6b\" stroke-width=\"2\"/>"
            }
            for (position, deviation) in judge.deviations.enumerated() {
                // A small fixed spread so equal deviations stay visible.
                let offset = Int64(position % 5) * 3 - 6
                svg +=
                    "<circle cx=\"\(x(deviation.hundredths))\" cy=\"\(middle + offset)\" r=\"2\" fill=\"#b33\" fill-opacity=\"0.7\"/>"
            }
        }
        svg +=
            "<text x=\"\(left + width / 2)\" y=\"\(bottom + 28)\" text-anchor=\"middle\">裁判评分 − 环节成绩（分）</text>"
        return svg + "</svg>"
    }

    /// Where a bar's count goes: centred over the bar, unless a prize line would run through
    /// it; then just beside that line, on a side no other line crosses.
    static func countLabel(_ count: Int64, over centre: Int64, avoiding lines: [Int64]) -> (Int64, String) {
        // About 5 px per digit at font-size 9, and a pixel to spare either side.
        let width = 5 * Int64(String(count).count) + 2
        func clear(_ from: Int64, _ to: Int64) -> Bool { !lines.contains { $0 >= from - 1 && $0 <= to + 1 } }
        if clear(centre - width / 2, centre + width / 2) { return (centre, "middle") }
        for line in lines.sorted(by: { abs($0 - centre) < abs($1 - centre) }) {
            if clear(line + 3, line + 3 + width) { return (line + 3, "start") }
            if clear(line - 3 - width, line - 3) { return (line - 3, "end") }
        }
        return (centre, "middle")
    }

    /// Whether a prize label goes left of its line: the side it prefers (left near the right
    /// edge), unless there another prize's line would run through it or it would leave the figure
    /// and the other side is clear.
    static func prizeLabelGoesLeft(
        _ label: String, at position: Int64, crossing lines: [Int64], within figure: ClosedRange<Int64>,
        prefersLeft: Bool
    ) -> Bool {
        // About 11 px per Chinese character and 6 px per other at font-size 11.
        let width = label.reduce(Int64(0)) { $0 + ($1.isASCII ? 6 : 11) }
        func fits(_ left: Bool) -> Bool {
            let (from, to) = left ? (position - 4 - width, position - 4) : (position + 4, position + 4 + width)
            return figure.contains(from) && figure.contains(to) && !lines.contains { $0 >= from - 1 && $0 <= to + 1 }
        }
        return fits(prefersLeft) || !fits(!prefersLeft) ? prefersLeft : !prefersLeft
    }

    /// The distribution of totals: a histogram, with the lowest total of each prize tier marked.
    public static func totals(_ results: TradeResults, prizes: [PrizeTier]) -> String {
        let totals = results.rows.compactMap(\.total).map(\.hundredths)
        guard let lowest = totals.min(), let highest = totals.max() else { return "" }
        let left: Int64 = 50
        let width: Int64 = 640
        let plotHeight: Int64 = 150
        // One row per prize label above the plot, far enough apart that labels do not touch.
        let labelRow: Int64 = 16
        let top = 14 + labelRow * Int64(max(prizes.count, 1))
        let step = niceStep(max(highest - lowest, 100), ticks: 20)
        let start = lowest / step * step
        let end = (highest / step + 1) * step
        let bins = Int((end - start) / step)
        var counts = [Int64](repeating: 0, count: bins)
        for total in totals { counts[min(Int((total - start) / step), bins - 1)] += 1 }
        let tallest = max(counts.max() ?? 1, 1)
        func x(_ value: Int64) -> Int64 { left + (value - start) * width / (end - start) }
        let bottom = top + plotHeight
        // The prize lines, drawn from their label's row down to the axis.
        let boundaries: [(tier: PrizeTier, row: Int64, total: Points, position: Int64)] = prizes.enumerated()
            .compactMap { index, tier in
                guard let total = results.rows.filter({ $0.prize == tier }).compactMap(\.total).min() else {
                    return nil
                }
                return (tier, Int64(prizes.count - index), total, x(total.hundredths))
            }
        let lines = boundaries.map(\.position)
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(left + width + 30) \(bottom + 36)\" width=\"\(left + width + 30)\" height=\"\(bottom + 36)\" font-size=\"11\">"
        for (index, count) in counts.enumerated() where count > 0 {
            // The tallest bar stops a count label's height below the prize labels' rows.
            let barHeight = count * (plotHeight - 12) / tallest
            let from = x(start + Int64(index) * step)
            let to = x(start + Int64(index + 1) * step)
            svg +=
                "<rect x=\"\(from)\" y=\"\(bottom - barHeight)\" width=\"\(max(to - from - 1, 1))\" height=\"\(barHeight)\" fill=\"#8fa9cf\"/>"
            let (labelX, anchor) = countLabel(count, over: (from + to) / 2, avoiding: lines)
            svg +=
                "<text x=\"\(labelX)\" y=\"\(bottom - barHeight - 3)\" text-anchor=\"\(anchor)\" font-size=\"9\">\(count)</text>"
        }
        svg += "<line x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(left + width)\" y2=\"\(bottom)\" stroke=\"#000\"/>"
        let labelEvery = max(bins / 10, 1)
        for index in stride(from: 0, through: bins, by: labelEvery) {
            let value = start + Int64(index) * step
            svg +=
                "<text x=\"\(x(value))\" y=\"\(bottom + 14)\" text-anchor=\"middle\">\(Points(hundredths: value))</text>"
        }
        for (tier, row, boundary, position) in boundaries {
            let rowTop = top - labelRow * row
            let label = "\(tier.name) ≥ \(boundary)"
            // Lines of better prizes start on higher rows and so pass through this one.
            let crossing = boundaries.filter { $0.row > row }.map(\.position)
            let toLeft = prizeLabelGoesLeft(
                label, at: position, crossing: crossing, within: 0...(left + width + 30),
                prefersLeft: position > left + width / 2)
            svg +=
                "<line x1=\"\(position)\" y1=\"\(rowTop + 1)\" x2=\"\(position)\" y2=\"\(bottom)\" stroke=\"#c22\" stroke-width=\"1.5\"/>"
            svg +=
                "<text x=\"\(toLeft ? position - 4 : position + 4)\" y=\"\(rowTop + 11)\" text-anchor=\"\(toLeft ? "end" : "start")\" fill=\"#c22\">\(HTMLEscape.text(label))</text>"
        }
        svg += "<text x=\"\(left + width / 2)\" y=\"\(bottom + 30)\" text-anchor=\"middle\">总成绩（分）与各奖项最低分</text>"
        return svg + "</svg>"
    }
}
