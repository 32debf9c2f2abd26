import Foundation
import KTXHCore
import KTXHWorkflows

/// The renderings of `ktxh criteria evaluate` and `ktxh criteria sets`.
enum CriteriaOutput {
    static func json(_ report: UnitCriteriaReport) -> String {
        JSONText.encode(JSONShapes.criteria(report))
    }

    static func text(_ report: UnitCriteriaReport) -> String {
        let evaluation = report.evaluation
        var lines = [
            "\(report.unit?.name ?? report.unitCode) (\(report.unitCode)), năm \(report.year)",
            "Bộ tiêu chí: \(report.set.name) [\(report.set.key)]",
            "Đạt \(evaluation.countText) tiêu chí; chuẩn: \(evaluation.standard.vietnameseName)",
        ]
        for recognition in report.recognitions { lines.append("Công nhận: \(recognition.citation)") }
        for criterion in evaluation.criteria {
            lines.append("\(criterion.number). \(criterion.name): \(criterion.status.vietnameseName)")
            for item in criterion.indicators {
                let value = item.valueText ?? "—"
                lines.append("   \(item.number)\t\(value)\t\(item.threshold)\t\(item.status.vietnameseName)")
            }
        }
        if !report.discrepancies.isEmpty {
            lines.append("Chênh lệch:")
            for d in report.discrepancies {
                lines.append("- \(d.subject): văn bản «\(d.stated)», tính được «\(d.computed)». \(d.detail)")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ sets: [CriteriaSet]) -> String {
        JSONText.encode([
            "sets": sets.map { set -> [String: Any] in
                [
                    "key": set.key, "name": set.name, "tier": set.tier.rawValue, "decision": set.decision?.number ?? NSNull(),
                    "validFrom": set.validFrom.iso, "validTo": set.validTo?.iso ?? NSNull(), "scope": set.scopeCode ?? NSNull(),
                    "criteria": set.criteria.count, "indicators": set.criteria.flatMap(\.indicators).count,
                    "missing": set.missingThresholds, "complete": set.isComplete,
                ]
            }
        ])
    }

    static func text(_ sets: [CriteriaSet]) -> String {
        guard !sets.isEmpty else { return "Chưa có bộ tiêu chí nào. Chạy «ktxh demo --no-serve» để nạp dữ liệu mẫu." }
        var lines = ["Mã\tHiệu lực\tPhạm vi\tSố tiêu chí\tCần bổ sung\tTên"]
        for set in sets {
            lines.append(
                "\(set.key)\t\(set.validityText)\t\(set.scopeCode ?? "toàn quốc")\t\(set.criteria.count)\t"
                    + "\(set.completenessText)\t\(set.name)")
        }
        return lines.joined(separator: "\n")
    }
}
