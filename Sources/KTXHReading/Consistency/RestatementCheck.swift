import Foundation
import KTXHCore

/// Nói lại một việc với số khác: a paragraph that states the same facts twice, in the same order, with
/// other figures (seed 001 line 307: "33 hồ sơ thay đổi, cải chính hộ tịch … 02 hồ sơ đăng ký kết hôn …
/// 427 việc … 102 bản sao điện tử", then "25 hồ sơ … 03 hồ sơ … 419 việc … 107 việc"). One repeated
/// phrase may be two events ("kiểm tra 66 lượt cơ sở …", "nhắc nhở 19 lượt cơ sở …"), and so may
/// two similar ones ("trao 191 suất quà", "tiếp nhận 95 túi quà"); a passage is written twice when at
/// least two of its descriptions come back word for word, in the same order.
package enum RestatementCheck {
    /// Share of the smaller description's words the other must have.
    static let minimumOverlap = 0.8
    /// Shared words over all words of two descriptions that are the same words.
    static let sameWords = 0.8
    /// How many counts ahead a restatement is looked for.
    static let reach = 200
    /// Words of a change against a base, folded: they describe no count.
    static let comparisonWords: Set<String> = ["tang", "giam", "lan", "gap", "cung", "ky", "bang", "truoc", "ngoai"]

    struct Stated {
        var figure: WrittenFigure
        /// The figure with the words that describe it, as written.
        var span: Range<Int>
        var words: Set<String>
    }

    static func findings(_ report: ReportText) -> [Finding] {
        report.prose.flatMap { line -> [Finding] in
            let passage = Passage(line: line.number, text: line.text)
            // "… đến năm 2025, doanh thu du lịch đạt 2.090 tỷ đồng; … Phấn đấu đến năm 2030, … doanh thu du lịch đạt 3.700
            // tỷ đồng", "giai đoạn 2021-2025 … giai đoạn 2026-2030": a plan's two horizons, each with its own figures.
            let pairs = restated(counts(passage)).filter { first, second in
                passage.between(first.span.upperBound, second.span.lowerBound)
                    .range(of: "(năm|đoạn|kỳ) 20[0-9]{2}", options: [.regularExpression, .caseInsensitive]) == nil
            }
            return pairs.map { first, second in
                Finding(
                    kind: .restatement,
                    message: "Đoạn văn nêu cùng một việc hai lần với hai số khác nhau: «\(phrase(first, in: passage))» "
                        + "và «\(phrase(second, in: passage))».",
                    locations: [passage.location(first.figure.range.lowerBound..<second.figure.range.upperBound)],
                    values: [first.figure.text, second.figure.text])
            }
        }
    }

    /// The counts of a paragraph with the words that say what each counts: the words after it up to
    /// the next figure or clause mark, and, for the first figure of a clause, the words before it.
    static func counts(_ passage: Passage) -> [Stated] {
        let figures = passage.figures
        let marks: Set<Character> = [".", ";", "(", ")"]
        var result: [Stated] = []
        for (index, figure) in figures.enumerated() where !figure.isPercent && figure.whole == nil && !passage.isYear(figure) {
            let next = index + 1 < figures.count ? figures[index + 1].range.lowerBound : passage.chars.count
            let end = (figure.range.upperBound..<next).first { marks.contains(passage.chars[$0]) } ?? next
            let previous = index > 0 ? figures[index - 1].range.upperBound : 0
            let clause = (previous..<figure.range.lowerBound).last { marks.contains(passage.chars[$0]) }
            let start = clause.map { $0 + 1 } ?? (index == 0 ? 0 : figure.range.lowerBound)
            let words = IndicatorWords.of(
                passage.between(start, figure.range.lowerBound) + " " + passage.between(figure.range.upperBound, end))
            // "…225,3 tỷ.đ, tăng 1,0 lần so với năm 2015": a comparison says how a figure moved, not what it counts.
            guard words.count >= 3, words.filter({ $0.count > 1 && !Self.comparisonWords.contains($0) }).count >= 2 else {
                continue
            }
            result.append(Stated(figure: figure, span: start..<end, words: words))
        }
        return result
    }

    static func phrase(_ stated: Stated, in passage: Passage) -> String {
        let words = String(passage.chars[stated.span]).split(separator: " ")
        let trailing: Set<String> = ["và", "là", "có", "đạt", "trong", "đó", ",", ":"]
        return words.reversed().drop { trailing.contains($0.lowercased()) }.reversed().joined(separator: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: " ,:"))
    }

    /// Pairs of an earlier and a later count with the same description and different figures, the best
    /// matches first taken, kept only while they follow the same order.
    static func restated(_ counts: [Stated]) -> [(Stated, Stated)] {
        var candidates: [(Int, Int, Double)] = []
        // A passage restates what it said a few clauses before; looking further than `reach` counts ahead only
        // makes a very long line (a page pasted without breaks) cost its length squared.
        for i in counts.indices {
            for j in counts.indices where j > i && j - i <= Self.reach {
                let shared = counts[i].words.intersection(counts[j].words).count
                let smaller = min(counts[i].words.count, counts[j].words.count)
                guard shared >= 3, Double(shared) / Double(smaller) >= minimumOverlap else { continue }
                candidates.append((i, j, Double(shared) / Double(counts[i].words.union(counts[j].words).count)))
            }
        }
        var used = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (i, j, _) in candidates.sorted(by: { $0.2 > $1.2 }) where !used.contains(i) && !used.contains(j) {
            used.formUnion([i, j])
            pairs.append((i, j))
        }
        pairs.sort { $0.0 < $1.0 }
        guard zip(pairs, pairs.dropFirst()).allSatisfy({ $0.1 < $1.1 }) else { return [] }
        let similarity = Dictionary(candidates.map { ("\($0.0)-\($0.1)", $0.2) }, uniquingKeysWith: { a, _ in a })
        guard pairs.filter({ similarity["\($0.0)-\($0.1)"] ?? 0 >= sameWords }).count >= 2 else { return [] }
        return pairs.filter { counts[$0.0].figure.value != counts[$0.1].figure.value }.map { (counts[$0.0], counts[$0.1]) }
    }
}
