import Foundation
import KTXHImport

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
    static func json(_ findings: [Finding]) -> String {
        let items = findings.map { finding -> [String: Any] in
            [
                "kind": finding.kind.rawValue, "message": finding.message,
                "locations": finding.locations.map { ["line": $0.line, "text": $0.text] as [String: Any] },
                "values": finding.values,
            ]
        }
        return JSONText.encode(["findings": items])
    }

    static func text(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "Không thấy chỗ nào mâu thuẫn." }
        return findings.map { finding in
            let lines = finding.locations.map { "dòng \($0.line)" }.joined(separator: ", ")
            return "[\(finding.kind.rawValue)] \(lines): \(finding.message)"
        }.joined(separator: "\n")
    }
}
