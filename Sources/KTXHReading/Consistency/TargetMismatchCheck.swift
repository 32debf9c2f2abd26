import Foundation
import KTXHCore

/// Lời và phụ lục của một nghị quyết: a target the council's text states against the same target in
/// its own appendix table (seed 000: vaccination "từ 90% trở lên" in Điều 2, ">90" in the appendix).
/// Only a difference in what figure meets the target is a contradiction; "75% trở lên" beside "75", or
/// "giảm tai nạn giao thông" beside "Giảm 03 tiêu chí so với cùng kỳ", is wording.
package enum TargetMismatchCheck {
    /// How similar the names must be (shared words over all words) for a text target to be a table row.
    static let minimumSimilarity = 0.5

    static func findings(_ text: String, report: ReportText) -> [Finding] {
        guard DocumentHeader.read(text).kind == .resolution else { return [] }
        let rows = report.tables.compactMap { table -> PlanTable? in
            let tsv = TSV(records: table.map { TSV.Record(line: $0.number, fields: $0.cells) })
            guard let plan = try? PlanTable.read(tsv), plan.columns[.value] == nil else { return nil }
            return plan
        }
        .flatMap(\.rows).compactMap { row -> (line: Int, item: PlanTable.Item)? in
            guard case .item(let item) = row.kind, !item.plan.isEmpty else { return nil }
            return (row.line, item)
        }
        guard !rows.isEmpty else { return [] }
        return ResolutionText.extractTargets(text).compactMap { target in
            guard let (line, item) = row(for: target, in: rows) else { return nil }
            let table = item.expression
            let kind: Indicator.Kind = item.unit == "%" ? .rate : .quantity
            guard
                let (value, inText, inTable) = TargetAgreement.disagreement(
                    target.target, table, direction: IndicatorProposal.direction(name: item.name, kind: kind))
            else { return nil }
            let verdict = { (met: Bool) in met ? "đạt" : "không đạt" }
            let figure = VietnameseNumber.format(value) + (item.unit == "%" ? "%" : "")
            return Finding(
                kind: .targetMismatch,
                message: "«\(item.name)»: lời nghị quyết ghi «\(target.expression)», phụ lục ghi «\(item.plan)»: "
                    + "với số liệu \(figure) thì theo lời là \(verdict(inText)), theo phụ lục là \(verdict(inTable)).",
                locations: [
                    Finding.Location(line: target.line, text: target.sentence),
                    Finding.Location(line: line, text: "\(item.number)\t\(item.name)\t\(item.unit)\t\(item.plan)"),
                ],
                values: [target.expression, item.plan])
        }
    }

    /// The row whose name shares most words with the target's, when it shares enough and clearly more
    /// than any other row.
    static func row(for target: ExtractedTarget, in rows: [(line: Int, item: PlanTable.Item)])
        -> (line: Int, item: PlanTable.Item)?
    {
        let key = words(target.indicator)
        let scored = rows.map { ($0, NameKey.similarity(key, words($0.item.name))) }.sorted { $0.1 > $1.1 }
        guard let best = scored.first, best.1 >= minimumSimilarity,
            scored.count < 2 || scored[1].1 < best.1 - 0.1
        else { return nil }
        return best.0
    }

    /// A name's words without its bracketed qualifier: the appendix's "Tỷ lệ hộ nghèo (theo chuẩn đa chiều
    /// giai đoạn 2021-2025)" is the text's "Tỷ lệ hộ nghèo".
    static func words(_ name: String) -> Set<String> {
        NameKey.key(name.replacingOccurrences(of: #"\([^)]*\)"#, with: " ", options: .regularExpression))
    }
}
