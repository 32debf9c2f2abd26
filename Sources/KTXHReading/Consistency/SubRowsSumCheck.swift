import Foundation
import KTXHCore

/// Cộng các dòng con: the "- " rows under a total row of a table, plan against plan and value against
/// value (seed 001 row 5: đàn lợn, gia cầm, đại gia súc, dê under "Tổng đàn gia súc, gia cầm"). A row
/// that says "trong đó" lists only some of its parts, and rates are not added.
package enum SubRowsSumCheck {
    static func findings(_ report: ReportText) -> [Finding] {
        let rows = ProgressTableRow.rows(report)
        var findings: [Finding] = []
        for (index, total) in rows.enumerated() where !total.isSubRow {
            let parts = Array(rows[(index + 1)...].prefix { $0.isSubRow })
            guard parts.count >= 2, !total.name.folded.contains("trong do"), total.unit != "%",
                parts.allSatisfy({ $0.unit != "%" && ($0.unit.folded == total.unit.folded || total.unit.isEmpty) })
            else { continue }
            for (what, column) in [("kế hoạch", \ProgressTableRow.planText), ("thực hiện", \ProgressTableRow.valueText)] {
                if let finding = compare(total, parts, what: what, column: column) { findings.append(finding) }
            }
        }
        return findings
    }

    static func compare(
        _ total: ProgressTableRow, _ parts: [ProgressTableRow], what: String, column: KeyPath<ProgressTableRow, String>
    ) -> Finding? {
        // Only plain figures add up: "≥ 95", "Giảm cả 3 tiêu chí" do not.
        guard let stated = try? VietnameseNumber.decimal(total[keyPath: column]) else { return nil }
        let values = parts.compactMap { try? VietnameseNumber.decimal($0[keyPath: column]) }
        guard values.count == parts.count else { return nil }
        let sum = values.reduce(0, +)
        let written = parts.map { Rounding.decimals($0[keyPath: column]) }
        guard
            !Rounding.sumAgrees(
                total: stated, totalDecimals: Rounding.decimals(total[keyPath: column]),
                parts: Array(zip(values, written)).map { (value: $0, decimals: $1) })
        else { return nil }
        let sumText = VietnameseNumber.format(sum)
        let terms = parts.map { $0[keyPath: column] }.joined(separator: " + ")
        return Finding(
            kind: .subRowsSum,
            message: "«\(total.name)»: cột \(what) của dòng tổng ghi \(total[keyPath: column]), "
                + "các dòng con cộng lại \(terms) = \(sumText).",
            locations: ([total] + parts).map { Finding.Location(line: $0.line, text: "\($0.name)\t\($0[keyPath: column])") },
            values: [total[keyPath: column], sumText])
    }
}
