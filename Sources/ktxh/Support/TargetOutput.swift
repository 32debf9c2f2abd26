import Foundation
import KTXHImport
import KTXHReading
import KTXHWorkflows

/// The two renderings of `ktxh parse-targets`.
enum TargetOutput {
    static func json(_ targets: [ExtractedTarget]) -> String {
        let items = targets.map { target -> [String: Any] in
            [
                "number": target.number as Any? ?? NSNull(), "indicator": target.indicator, "expression": target.expression,
                "comparator": target.comparator, "value": JSONText.decimal(target.value),
                "valueMax": JSONText.decimal(target.valueMax), "whole": JSONText.decimal(target.whole),
                "change": target.change?.rawValue as Any? ?? NSNull(), "unit": target.unit as Any? ?? NSNull(),
                "section": target.section as Any? ?? NSNull(), "group": target.group as Any? ?? NSNull(),
                "line": target.line, "sentence": target.sentence,
            ]
        }
        return JSONText.encode(["targets": items])
    }

    static func text(_ targets: [ExtractedTarget]) -> String {
        guard !targets.isEmpty else { return "Không tìm thấy chỉ tiêu nào trong văn bản." }
        var lines = ["Dòng\tSố\tChỉ tiêu\tChỉ tiêu như văn bản viết\tSo sánh\tĐơn vị\tTăng/giảm"]
        for target in targets {
            let change = target.change.map { $0 == .increase ? "tăng" : "giảm" } ?? ""
            lines.append(
                "\(target.line)\t\(target.number ?? "")\t\(target.indicator)\t\(target.expression)\t\(target.comparator)\t"
                    + "\(target.unit ?? "")\t\(change)")
        }
        return lines.joined(separator: "\n")
    }
}

/// The two renderings of `ktxh check`.
enum FindingOutput {
    /// `{"findings": [{"kind", "message", "locations": [{"line", "text"}], "values"}]}`, the same encoding
    /// the import review's JSON uses.
    struct List: Encodable {
        var findings: [Finding]
    }

    static func json(_ findings: [Finding]) -> String {
        JSONText.encode(List(findings: findings))
    }

    static func text(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "Không thấy chỗ nào mâu thuẫn." }
        return findings.map { "[\($0.kind.rawValue)] \($0.lineList): \($0.message)" }.joined(separator: "\n")
    }
}
