import Foundation

/// Comparison words, range separators and the scanning of figures and units: the vocabulary the
/// grammar in `TargetExpression+Parsing.swift` is built from.
extension TargetExpressionParser {
    static let symbolComparisons: [(String, Comparison)] = [
        ("≥", .greaterOrEqual), ("⩾", .greaterOrEqual), (">=", .greaterOrEqual), ("=>", .greaterOrEqual),
        ("≤", .lessOrEqual), ("⩽", .lessOrEqual), ("<=", .lessOrEqual), ("=<", .lessOrEqual),
        (">", .greater), ("<", .less),
    ]

    /// Negated words are listed whole because the negation flips them: "không quá 5%" is at most 5,
    /// "không dưới 5%" at least 5.
    static let wordComparisons: [(String, Comparison)] = [
        ("không vượt quá", .lessOrEqual), ("không quá", .lessOrEqual), ("không cao hơn", .lessOrEqual),
        ("không lớn hơn", .lessOrEqual), ("không nhiều hơn", .lessOrEqual), ("tối đa", .lessOrEqual),
        ("không dưới", .greaterOrEqual), ("không thấp hơn", .greaterOrEqual), ("không ít hơn", .greaterOrEqual),
        ("không nhỏ hơn", .greaterOrEqual), ("tối thiểu", .greaterOrEqual), ("ít nhất", .greaterOrEqual),
        ("lớn hơn", .greater), ("cao hơn", .greater), ("nhiều hơn", .greater), ("trên", .greater), ("hơn", .greater),
        ("và vượt", .greaterOrEqual),
        ("nhỏ hơn", .less), ("thấp hơn", .less), ("ít hơn", .less), ("dưới", .less),
    ]

    static let shareBases = ["grdp", "gdp", "dân số", "tổng số hộ", "số hộ", "dự toán", "kế hoạch", "lực lượng lao động"]

    mutating func prefixComparison() throws(Unparsable) -> Comparison? {
        if let symbol = symbolComparison() { return symbol }
        for (phrase, comparison) in Self.wordComparisons {
            let start = position
            guard consume(phrase) else { continue }
            // "dưới <11,4%" says the same thing twice; "trên ≤ 5" contradicts itself.
            if let symbol = symbolComparison() {
                guard symbol == comparison else { throw Unparsable() }
                return comparison
            }
            // Only a figure makes "trên" a bound: "trên địa bàn" is "in the area".
            if nextIsDigit() { return comparison }
            position = start
            return nil
        }
        return nil
    }

    mutating func symbolComparison() -> Comparison? {
        for (symbol, comparison) in Self.symbolComparisons where consume(symbol) {
            return comparison
        }
        return nil
    }

    mutating func consumeRangeSeparator() -> Bool {
        let start = position
        for separator in ["-", "–", "—", "÷", "~", "đến", "tới"] where consume(separator) {
            if nextIsDigit() { return true }
            break
        }
        position = start
        return false
    }

    /// "so với cùng kỳ", "so với năm trước", "so với năm 2024": the base a change is measured
    /// against, which the evaluation takes from the previous period anyway.
    mutating func skipComparisonBase() throws(Unparsable) {
        guard consume("so với") else { return }
        let baseWords: Set<String> = ["cùng", "kỳ", "kì", "năm", "trước", "ngoái", "liền", "kề"]
        var words = 0
        while skipSpaces() < text.count {
            let start = position
            while position < text.count, lower[position] != " " { position += 1 }
            let word = String(lower[start..<position])
            let isYear = word.count == 4 && word.allSatisfy(VietnameseNumber.isDigit)
            guard baseWords.contains(word) || isYear else {
                position = start
                break
            }
            words += 1
        }
        if words == 0 { throw Unparsable() }
    }

    // MARK: Lexing

    mutating func scanNumber() throws(Unparsable) -> VietnameseNumber.ParsedNumber? {
        guard nextIsDigit() else { return nil }
        let start = skipSpaces()
        var end = start
        while end < text.count {
            let c = text[end]
            let separatorBeforeDigit =
                VietnameseNumber.isSeparator(c) && end + 1 < text.count
                && VietnameseNumber.isDigit(text[end + 1])
            guard VietnameseNumber.isDigit(c) || separatorBeforeDigit else { break }
            end += 1
        }
        var parsed: VietnameseNumber.ParsedNumber
        do {
            parsed = try VietnameseNumber.parse(String(text[start..<end]))
        } catch {
            throw Unparsable()
        }
        position = end
        if skipSpaces() < text.count, text[position] == "%" {
            parsed.isPercent = true
            position += 1
            // "8%/năm", "8%/ năm", "10% mỗi năm": a yearly rate over a term.
            for yearly in ["/năm", "/ năm", " mỗi năm", " hàng năm", " hằng năm"] where matches(yearly, at: position) {
                position += yearly.count
                break
            }
            // "chiếm 35 - 36% GRDP", "đạt 94,1% dân số": what the share is of, not a unit of its own.
            // "từ 1%/GRDP trở lên" says the same with a slash.
            let afterPercent = position
            if position < text.count, text[position] == "/" { position += 1 }
            if !Self.shareBases.contains(where: { consume($0) }) { position = afterPercent }
        } else {
            position = end
        }
        return parsed
    }

    /// The unit written after a figure: "tỷ đồng", "ha", "triệu đồng/người/năm", "thôn, tổ dân
    /// phố văn hóa". Stops before "trở lên", "so với" or a range's second figure; a unit holding a
    /// word that changes the meaning ("346 tỷ đồng trên địa bàn") makes the whole text unparsable.
    mutating func scanUnit() throws(Unparsable) -> String? {
        let start = skipSpaces()
        // "giảm 0,15‰"; "tăng 2,5 điểm %" (percentage points).
        for unit in ["‰", "điểm %", "điểm phần trăm"] where matches(unit, at: start) {
            position = start + unit.count
            return String(text[start..<position])
        }
        guard start < text.count, text[start].isLetter else {
            position = start
            return nil
        }
        var index = start
        var end = start
        // "giường/01 vạn dân", "trẻ/1.000 trẻ đẻ sống": a count after "/" says per how many.
        var perCount = false
        while index < text.count {
            if index == start || text[index - 1] == " ", startsStopPhrase(at: index) { break }
            let c = text[index]
            if perCount, c.isNumber || c == "." && index + 1 < text.count && text[index + 1].isNumber {
                index += 1
                end = index
                continue
            }
            // "m2", "km/km2", "m3/ngày đêm": a square or cube written without its superscript.
            let squared =
                (c == "2" || c == "3") && text[index - 1] == "m"
                && (index + 1 == text.count || !(text[index + 1].isLetter || text[index + 1].isNumber))
            if squared {
                index += 1
                end = index
                continue
            }
            // "396,1 tỷ.đ", "tr.đ": an abbreviated "tỷ đồng", "triệu đồng".
            if c == ".", index > start, text[index - 1].isLetter, index + 1 < text.count, text[index + 1].isLetter {
                index += 1
                continue
            }
            perCount = c == "/"
            guard c.isLetter || c == " " || c == "/" || c == "," || c == "²" || c == "³" else { break }
            index += 1
            if c != " " && c != "," { end = index }
        }
        let words = String(lower[start..<end]).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
        let meaningful: Set<Substring> = ["trên", "dưới", "từ", "đạt", "tăng", "giảm", "và", "hoặc", "còn", "không", "đã", "sẽ"]
        guard words.count <= 6, !words.contains(where: meaningful.contains) else { throw Unparsable() }
        position = end
        return end > start ? String(text[start..<end]) : nil
    }

    func startsStopPhrase(at index: Int) -> Bool {
        ["trở lên", "trở xuống", "so với", "đến", "tới"].contains { matches($0, at: index) }
    }

    mutating func consumeBeforeNumber(_ phrase: String) -> Bool {
        let start = position
        if consume(phrase), nextIsDigit() { return true }
        position = start
        return false
    }

    mutating func expectEnd() throws(Unparsable) {
        if skipSpaces() != text.count { throw Unparsable() }
    }

    mutating func nextIsDigit() -> Bool {
        let index = skipSpaces()
        return index < text.count && VietnameseNumber.isDigit(text[index])
    }

    @discardableResult
    mutating func skipSpaces() -> Int {
        while position < text.count, text[position] == " " { position += 1 }
        return position
    }

    mutating func consume(_ phrase: String) -> Bool {
        let index = skipSpaces()
        guard matches(phrase, at: index) else { return false }
        position = index + phrase.count
        return true
    }

    /// A phrase ending in a letter must end a word too: "từ" is not the start of "từng".
    func matches(_ phrase: String, at index: Int) -> Bool {
        let chars = Array(phrase)
        guard index + chars.count <= lower.count, Array(lower[index..<(index + chars.count)]) == chars else { return false }
        guard let last = chars.last, last.isLetter, index + chars.count < lower.count else { return true }
        let next = lower[index + chars.count]
        return !(next.isLetter || next.isNumber)
    }

    static func trimmed(_ string: String) -> String {
        var chars = Substring(string)
        while let first = chars.first, first.isWhitespace { chars.removeFirst() }
        while let last = chars.last, last.isWhitespace { chars.removeLast() }
        return String(chars)
    }
}
