import Foundation
import KTXHCore
import KTXHWorkflows

/// The renderings of `ktxh units show`.
enum UnitOutput {
    static func json(_ history: UnitHistoryWorkflow.UnitHistory) -> String {
        JSONText.encode(JSONShapes.unit(history))
    }

    static func text(_ history: UnitHistoryWorkflow.UnitHistory) -> String {
        let unit = history.unit
        var lines = [
            "\(unit.name) (\(unit.code)), \(unit.kindName)",
            "Cấp trên: " + (history.parent.map { "\($0.name) (\($0.code))" } ?? "không có"),
            "Hiệu lực: \(unit.validFrom?.vietnamese ?? "không rõ") – \(unit.validTo?.vietnamese ?? "nay")",
        ]
        if !history.predecessors.isEmpty {
            lines.append("Hình thành từ:")
            lines += history.predecessors.map { "- \($0.oldName) (\($0.oldCode)), \($0.share.vietnameseName)" }
        }
        if !history.successors.isEmpty {
            lines.append("Sáp nhập vào:")
            lines += history.successors.map { "- \($0.newName) (\($0.newCode)), \($0.share.vietnameseName)" }
        }
        return lines.joined(separator: "\n")
    }

}
