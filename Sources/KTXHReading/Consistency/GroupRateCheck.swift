import Foundation
import KTXHCore

/// Tỷ lệ chung: "37,03% (Nông Thượng: 48,27%; Dương Quang: 25,79%)". A group's rate is its members'
/// counts pooled (ΣX/ΣY), not the average of their rates. Members' counts are taken from the same
/// brackets or, when the text gives only their rates, from the one place in the report that states
/// that exact rate with its X/Y (seed 003's table).
package enum GroupRateCheck {
    struct Member {
        var rate: WrittenFigure
        var fraction: WrittenFigure?
        var line: Int
    }

    static func findings(_ report: ReportText) -> [Finding] {
        let index = rateIndex(report)
        var findings: [Finding] = []
        for line in report.prose {
            let passage = Passage(line: line.number, text: line.text)
            for (position, group) in passage.figures.enumerated() where group.isPercent {
                if position > 0, passage.figures[position - 1].whole != nil,
                    PercentageCheck.isConnecting(
                        passage.between(passage.figures[position - 1].range.upperBound, group.range.lowerBound))
                {
                    continue
                }
                guard let members = members(after: group, in: passage, index: index),
                    let finding = judge(group, members, in: passage)
                else { continue }
                findings.append(finding)
            }
        }
        return findings
    }

    /// Each rate written with its X/Y somewhere in the report, by the rate as written.
    static func rateIndex(_ report: ReportText) -> [String: [(WrittenFigure, Int)]] {
        var index: [String: [(WrittenFigure, Int)]] = [:]
        for passage in report.passages {
            for (position, figure) in passage.figures.enumerated() where figure.whole != nil {
                guard let (percent, excess) = PercentageCheck.statedPercent(passage, forFractionAt: position), !excess
                else { continue }
                if !(index[percent.text]?.contains { $0.0.text == figure.text } ?? false) {
                    index[percent.text, default: []].append((figure, passage.line))
                }
            }
        }
        return index
    }

    static func members(after group: WrittenFigure, in passage: Passage, index: [String: [(WrittenFigure, Int)]]) -> [Member]? {
        let after = passage.between(group.range.upperBound, group.range.upperBound + 3)
        guard after.trimmed.hasPrefix("("), let open = passage.chars[group.range.upperBound...].firstIndex(of: "("),
            let close = passage.chars[open...].firstIndex(of: ")")
        else { return nil }
        let inside = passage.figures.filter { open < $0.range.lowerBound && $0.range.upperBound <= close }
        var segments: [[WrittenFigure]] = [[]]
        var cut = open
        for figure in inside {
            let gap = passage.between(cut, figure.range.lowerBound)
            if gap.contains(";") || gap.contains(",") && segments.last?.contains(where: \.isPercent) == true {
                segments.append([])
            }
            segments[segments.count - 1].append(figure)
            cut = figure.range.upperBound
        }
        var members: [Member] = []
        for segment in segments {
            let rates = segment.filter(\.isPercent)
            guard rates.count == 1, let rate = rates.first else { return nil }
            var fraction = segment.first { $0.whole != nil }
            var line = passage.line
            if fraction == nil, rate.decimals > 0, let found = index[rate.text], found.count == 1 {
                fraction = found[0].0
                line = found[0].1
            }
            members.append(Member(rate: rate, fraction: fraction, line: line))
        }
        return members.count >= 2 ? members : nil
    }

    static func judge(_ group: WrittenFigure, _ members: [Member], in passage: Passage) -> Finding? {
        let fractions = members.compactMap(\.fraction)
        guard fractions.count == members.count else { return nil }
        let counts = fractions.map(\.value).reduce(0, +)
        let wholes = fractions.compactMap(\.whole).reduce(0, +)
        guard wholes != 0 else { return nil }
        let pooled = counts / wholes * 100
        if Rounding.matches(stated: group.value, decimals: group.decimals, computed: pooled) { return nil }
        let mean = members.map(\.rate.value).reduce(0, +) / Decimal(members.count)
        let isMean = Rounding.matches(stated: group.value, decimals: group.decimals, computed: mean)
        let pooledText = "\(VietnameseNumber.format(counts))/\(VietnameseNumber.format(wholes)) = \(Rounding.percent(pooled))"
        let rates = members.map(\.rate.text).joined(separator: " và ")
        let message =
            isMean
            ? "Tỷ lệ chung \(group.text) là trung bình cộng của \(rates), không phải tỷ lệ gộp: \(pooledText)."
            : "Tỷ lệ chung \(group.text) khác tỷ lệ gộp của các thành phần (\(rates)): \(pooledText)."
        var locations = [passage.location(group.range)]
        for member in members where member.line != passage.line && !locations.contains(where: { $0.line == member.line }) {
            locations.append(
                Finding.Location(line: member.line, text: member.fraction.map { "\(member.rate.text) (\($0.text))" } ?? ""))
        }
        return Finding(
            kind: isMean ? .averagedRate : .groupRate, message: message, locations: locations,
            values: [group.text, pooledText])
    }
}
