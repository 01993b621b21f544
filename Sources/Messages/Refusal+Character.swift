extension Refusal {
    /// The Chinese for `TextField`'s name of a forbidden character ("the control character
    /// U+001B" → "控制字符 U+001B"), the `character.zh` of a `forbiddenCharacter` refusal.
    public static func chineseCharacterName(_ english: String) -> String {
        let names = [
            ("a NUL character ", "空字符"), ("the control character ", "控制字符 "),
            ("the bidirectional control ", "双向控制字符 "), ("the line or paragraph separator ", "行或段落分隔符 "),
            ("the noncharacter ", "非字符 "),
        ]
        for (prefix, chinese) in names where english.hasPrefix(prefix) {
            return chinese + english.dropFirst(prefix.count)
        }
        return english
    }
}
