import Foundation

/// Phân theo đơn vị: the figures a sentence gives for each unit it names, after a total in brackets
/// ("96% (xã Dương Quang: 7/9 thôn đạt 77,8%, xã Nông Thượng: 13/15 thôn đạt 93,33%)") or one after
/// the other ("xã Nông Thượng có 02 HTX …, xã Dương Quang có 2 HTX"), with the words before them that
/// say what is measured.
package struct UnitBreakdown {
    struct Share {
        /// Index into the unit names the breakdown was looked for with.
        var unit: Int
        var span: Range<Int>
        var figures: [WrittenFigure]
    }

    /// The clause before the breakdown, brackets left out: "tỷ lệ thôn bản đạt tiêu chuẩn văn hóa … là 96%".
    var context: String
    var shares: [Share]

    static func find(in passage: Passage, units: [String]) -> [UnitBreakdown] {
        let text = LineText(passage.chars)
        let mentions = units.enumerated().flatMap { unit, name in
            text.occurrences(of: name).map { (unit: unit, at: $0, end: $0 + name.count) }
        }
        .sorted { $0.at < $1.at }
        // Mentions in the same bracket, or outside brackets in the same clause, form one breakdown.
        let groups = Dictionary(grouping: mentions) { mention in
            text.enclosingBracket(mention.at).map { "(\($0.lowerBound)" } ?? "c\(text.clauseStart(mention.at))"
        }
        let closes = mentions.compactMap { text.enclosingBracket($0.at)?.upperBound }
        var breakdowns: [UnitBreakdown] = []
        for group in groups.values {
            let sorted = group.sorted { $0.at < $1.at }
            guard let first = sorted.first else { continue }
            let bracket = text.enclosingBracket(first.at)
            let end = bracket?.upperBound ?? text.clauseEnd(first.at)
            let opening = bracket?.lowerBound ?? first.at
            let context = text.outsideBrackets(text.contextStart(before: opening, after: closes)..<opening)
            var shares: [Share] = []
            for (index, mention) in sorted.enumerated() {
                let stop = index + 1 < sorted.count ? sorted[index + 1].at : end
                let span = mention.end..<max(mention.end, stop)
                let figures = passage.figures.filter { span.contains($0.range.lowerBound) && !passage.isYear($0) }
                shares.append(Share(unit: mention.unit, span: span, figures: figures))
            }
            breakdowns.append(UnitBreakdown(context: context, shares: shares))
        }
        return breakdowns
    }
}

/// A line's characters with what `UnitBreakdown` needs: names found however they were accented,
/// bracket depth, clause and sentence limits.
package struct LineText {
    let chars: [Character]
    let folded: [Character]
    /// Bracket depth at each character; a bracket itself has the depth outside it.
    let depth: [Int]

    init(_ chars: [Character]) {
        self.chars = chars
        folded = chars.map { c in
            let plain = String(c).lowercased().folding(options: .diacriticInsensitive, locale: nil)
                .replacingOccurrences(of: "đ", with: "d")
            return plain.count == 1 ? (plain.first ?? c) : c
        }
        var level = 0
        var depth: [Int] = []
        for c in chars {
            if c == ")" { level = max(0, level - 1) }
            depth.append(level)
            if c == "(" { level += 1 }
        }
        self.depth = depth
    }

    /// Where `name` starts as a whole word, with or without its accents.
    func occurrences(of name: String) -> [Int] {
        let pattern = LineText(Array(name)).folded
        guard !pattern.isEmpty, folded.count >= pattern.count else { return [] }
        return (0...(folded.count - pattern.count)).filter { i in
            Array(folded[i..<(i + pattern.count)]) == pattern && (i == 0 || !folded[i - 1].isLetter)
                && (i + pattern.count == folded.count || !folded[i + pattern.count].isLetter)
        }
    }

    /// The brackets around `offset`, "(" to ")" inclusive.
    func enclosingBracket(_ offset: Int) -> Range<Int>? {
        guard depth[offset] > 0 else { return nil }
        let outer = depth[offset] - 1
        guard let open = (0..<offset).last(where: { chars[$0] == "(" && depth[$0] == outer }) else { return nil }
        let close = (offset..<chars.count).first { chars[$0] == ")" && depth[$0] == outer } ?? (chars.count - 1)
        return open..<(close + 1)
    }

    /// A sentence ends at ". " (a decimal point never has a space after it); a clause also at ";"
    /// outside brackets.
    func isClauseEnd(_ i: Int) -> Bool {
        depth[i] == 0 && (chars[i] == ";" || chars[i] == "." && (i + 1 == chars.count || chars[i + 1] == " "))
    }

    func clauseStart(_ offset: Int) -> Int {
        ((0..<offset).last(where: isClauseEnd) ?? -1) + 1
    }

    func clauseEnd(_ offset: Int) -> Int {
        (offset..<chars.count).first(where: isClauseEnd) ?? chars.count
    }

    /// The start of the words that name what a breakdown at `offset` measures: the clause, or the end
    /// of an earlier breakdown in it (`closes`: "… là 96% (xã …) và tỷ lệ hộ gia đình … là 94% (…)").
    func contextStart(before offset: Int, after closes: [Int]) -> Int {
        let start = clauseStart(offset)
        return closes.filter { $0 > start && $0 <= offset }.max() ?? start
    }

    func outsideBrackets(_ range: Range<Int>) -> String {
        String(range.filter { depth[$0] == 0 && chars[$0] != "(" && chars[$0] != ")" }.map { chars[$0] })
    }
}
