import Foundation

/// Dấu mục trong đoạn: the marks that start an article, a heading or a list item inside a paragraph,
/// where a copy lost the line break before them. A mark counts only where an official would have
/// broken the line: after a sentence or a clause has ended, and for list items only when at least two
/// follow one another ("(1) …; (2) …"), so "(3)" in "… theo khoản (3)" or "- " in "2021 - 2025" stay.
package enum InlineMarks {
    /// A paragraph longer than this is a page's worth of text run together: every sentence is a line.
    static let runTogether = 600

    /// Character offsets to cut `chars` at, in order.
    static func cuts(in chars: [Character]) -> [Int] {
        let depth = PhraseText(chars).depth
        var cuts: Set<Int> = []
        var lists: [ListKind: [(offset: Int, ordinal: Int)]] = [:]
        for i in chars.indices where i > 0 && depth[i] == 0 && chars[i - 1] == " " {
            let afterEnd = clauseEnded(chars, before: i)
            if isArticle(chars, at: i) || announcesList(chars, at: i) || isRomanHeading(chars, at: i) { cuts.insert(i) }
            // "(2) …" is an item wherever it stands, "- Tỷ lệ …" also after a figure, "2." and "b)" only after a clause.
            if let (kind, ordinal) = listMark(chars, at: i),
                afterEnd || kind == .parenthesised || kind == .bullet && afterFigure(chars, before: i)
                    || kind == .arabic && closesBracket(chars, before: i)
            {
                lists[kind, default: []].append((i, ordinal))
            }
            guard afterEnd, sentenceEnded(chars, before: i) else { continue }
            if chars.count > runTogether || startsHeading(chars, at: i) { cuts.insert(i) }
        }
        for marks in lists.values { cuts.formUnion(sequenced(marks)) }
        return cuts.sorted()
    }

    enum ListKind: Hashable {
        case parenthesised, arabic, letter, bullet
    }

    /// "(2) ", "2. " before a capital, "b) ", "- ", "+ ", "• ": the mark's kind and its ordinal (0 for bullets).
    static func listMark(_ chars: [Character], at i: Int) -> (ListKind, Int)? {
        let c = chars[i]
        // "6,5 - 7%" is a range and "kinh tế - xã hội" a compound: a bullet's item starts with a capital.
        if "-+•".contains(c), i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase { return (.bullet, 0) }
        if c == "(" {
            let digits = run(chars, from: i + 1, \.isNumber)
            guard (1...2).contains(digits), i + digits + 2 < chars.count, chars[i + digits + 1] == ")",
                chars[i + digits + 2] == " "
            else { return nil }
            return Int(String(chars[(i + 1)...(i + digits)])).map { (.parenthesised, $0) }
        }
        if c.isLowercase, c.isLetter, i + 2 < chars.count, chars[i + 1] == ")", chars[i + 2] == " " {
            return Array("abcdđefghiklmnopqrstuvxy").firstIndex(of: c).map { (.letter, $0 + 1) }
        }
        let digits = run(chars, from: i, { $0.isASCII && $0.isNumber })
        if (1...2).contains(digits), i + digits + 2 < chars.count, chars[i + digits] == ".", chars[i + digits + 1] == " ",
            chars[i + digits + 2].isUppercase
        {
            return Int(String(chars[i..<(i + digits)])).map { (.arabic, $0) }
        }
        return nil
    }

    /// A list's marks count when one is followed by the next ("(1)" then "(2)"; any two bullets).
    static func sequenced(_ marks: [(offset: Int, ordinal: Int)]) -> [Int] {
        guard marks.count >= 2 else { return [] }
        if marks.allSatisfy({ $0.ordinal == 0 }) { return marks.map(\.offset) }
        var kept: Set<Int> = []
        for (a, b) in zip(marks, marks.dropFirst()) where b.ordinal == a.ordinal + 1 {
            kept.insert(a.offset)
            kept.insert(b.offset)
        }
        return Array(kept)
    }

    /// "Điều 2." or "Điều 2:" starts an article.
    static func isArticle(_ chars: [Character], at i: Int) -> Bool {
        guard i + 6 < chars.count, String(chars[i..<(i + 5)]) == "Điều " else { return false }
        let digits = run(chars, from: i + 5, \.isNumber)
        let after = i + 5 + digits
        return digits > 0 && after < chars.count && (chars[after] == "." || chars[after] == ":")
    }

    /// "… NHIỆM KỲ 2020-2025 I. Về kinh tế (11 chỉ tiêu) 1. …", "… 80%. II. Về văn hóa - xã hội": a part's
    /// heading, numbered in Roman figures and followed by a capital.
    static func isRomanHeading(_ chars: [Character], at i: Int) -> Bool {
        let letters = run(chars, from: i) { "IVX".contains($0) }
        guard (1...4).contains(letters), i + letters + 2 < chars.count, chars[i + letters] == ".",
            chars[i + letters + 1] == " ", chars[i + letters + 2].isUppercase
        else { return false }
        return i == 0 || !chars[i - 1].isLetter
    }

    /// "… 97,8% 8 chỉ tiêu xã hội gồm: - Tỷ lệ …": a count of targets opening the next list.
    static func announcesList(_ chars: [Character], at i: Int) -> Bool {
        guard chars[i].isNumber, i == 0 || !chars[i - 1].isNumber else { return false }
        let ahead = String(chars[i..<min(chars.count, i + 60)])
        guard let colon = ahead.firstIndex(of: ":") else { return false }
        let words = ahead[..<colon].split(separator: " ")
        return words.count >= 3 && words.count <= 8 && words[0].allSatisfy(\.isNumber)
            && words[1...].prefix(2).joined(separator: " ").folded.hasSuffix("chi tieu")
    }

    /// The sentence starting at `i` heads a list of targets: "Các chỉ tiêu chủ yếu năm 2025 gồm: …".
    static func startsHeading(_ chars: [Character], at i: Int) -> Bool {
        var end = i
        while end < chars.count, !".;".contains(chars[end]) || isDecimalPoint(chars, end) { end += 1 }
        let sentence = String(chars[i..<end])
        guard let colon = sentence.firstIndex(of: ":") else { return false }
        return TargetSection.isHeading(String(sentence[..<colon]), numbering: nil)
    }

    /// "Tỷ lệ đô thị hóa: 33,5% - Hộ gia đình …", "…: 104 triệu đồng/năm - Tổng vốn …": the item before a
    /// bullet stated its figure; "Dân chủ - Kỷ cương - Đoàn kết" states none.
    static func afterFigure(_ chars: [Character], before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, !".;:-+•".contains(chars[j]) || isDecimalPoint(chars, j) {
            if chars[j].isNumber { return true }
            j -= 1
        }
        return false
    }

    /// "I. Về kinh tế (11 chỉ tiêu) 1. Tốc độ …": a heading's count in brackets ends it.
    static func closesBracket(_ chars: [Character], before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, chars[j] == " " { j -= 1 }
        return j >= 0 && chars[j] == ")"
    }

    /// The character before `i` (spaces skipped) ends a clause: ".", ";", ":".
    static func clauseEnded(_ chars: [Character], before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, chars[j] == " " { j -= 1 }
        return j >= 0 && ".;:".contains(chars[j]) && !isDecimalPoint(chars, j)
    }

    /// A sentence ended before `i`: a period (not one of "TP.", "3.945") followed by a capital or a figure.
    static func sentenceEnded(_ chars: [Character], before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, chars[j] == " " { j -= 1 }
        guard j > 0, chars[i].isUppercase || chars[i].isNumber || chars[i] == "(" else { return false }
        // "… khoảng 45%… Riêng 3 quý đầu năm …": an ellipsis, a question or an exclamation ends one too.
        if "…!?".contains(chars[j]) { return true }
        guard chars[j] == "." else { return false }
        var k = j
        while k > 0, chars[k - 1].isLetter { k -= 1 }
        let word = chars[k..<j]
        // "TP. Hồ Chí Minh", "Q. 1": an abbreviation, not a sentence's end.
        return !(word.count <= 3 && !word.isEmpty && word.allSatisfy(\.isUppercase) && (k == 0 || chars[k - 1] == " "))
    }

    static func isDecimalPoint(_ chars: [Character], _ j: Int) -> Bool {
        j > 0 && j + 1 < chars.count && chars[j - 1].isNumber && chars[j + 1].isNumber
    }

    private static func run(_ chars: [Character], from start: Int, _ test: (Character) -> Bool) -> Int {
        var end = start
        while end < chars.count, test(chars[end]) { end += 1 }
        return end - start
    }
}
