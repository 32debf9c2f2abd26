/// I, II, III … for headings.
enum RomanNumeral {
    static func make(_ number: Int) -> String {
        let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var text = ""
        for (value, letters) in table {
            while rest >= value {
                text += letters
                rest -= value
            }
        }
        return text
    }
}
