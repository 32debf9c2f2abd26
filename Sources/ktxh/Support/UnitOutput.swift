import Foundation
import KTXHCore
import KTXHWorkflows

/// The renderings of `ktxh units show`.
enum UnitOutput {
    static func json(_ history: UnitHistoryWorkflow.UnitHistory) -> String {
        let unit = history.unit
        func link(_ code: String, _ name: String, _ share: AdminUnitSuccession.Share) -> [String: Any] {
            ["code": code, "name": name, "share": share.code]
        }
        let object: [String: Any] = [
            "code": unit.code, "name": unit.name, "kind": unit.kindName, "parent": unit.parentCode ?? NSNull(),
            "parentName": history.parent?.name ?? NSNull(), "validFrom": unit.validFrom?.iso ?? NSNull(),
            "validTo": unit.validTo?.iso ?? NSNull(),
            "predecessors": history.predecessors.map { link($0.oldCode, $0.oldName, $0.share) },
            "successors": history.successors.map { link($0.newCode, $0.newName, $0.share) },
        ]
        return JSONText.encode(object)
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
