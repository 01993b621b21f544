/// Column widths in Excel's units (about one Latin digit each): a CJK character takes two.
enum XLSXColumnWidth {
    static func widths(_ table: PrintTable) -> [Int] {
        table.columns.enumerated().map { index, column in
            var widest = displayWidth(column.title)
            for case .cells(let cells) in table.rows where index < cells.count {
                widest = max(widest, displayWidth(cells[index].value.printed) + (cells[index].struck ? 2 : 0))
            }
            return min(max(widest + 2, 6), 40)
        }
    }

    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }
}
