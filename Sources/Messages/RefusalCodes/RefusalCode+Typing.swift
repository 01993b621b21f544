extension RefusalCode {
    /// A mark as typed (SCORING.md: at most 2 decimal places, 0 to the maximum).
    static let typing: [RefusalCode: Wording] = [
        .missingField: ("必须填写{field}", "a {field} is required"),
        .notANumber: ("不是分数：应为 86 或 86.50 这样的数", "not a mark: expected a number like 86 or 86.50"),
        .tooManyPlaces: ("分数最多保留 2 位小数", "a mark has at most 2 decimal places"),
        .negative: ("分数不能为负", "a mark cannot be negative"),
        .tooLarge: ("不是分数：数值过大", "not a mark: the number is far too large"),
        .aboveMaximum: ("超过满分 {max}", "above the maximum of {max}"),
    ]
}
