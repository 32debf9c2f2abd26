import Foundation
import KTXHCore

/// Bảng chỉ tiêu từ lời văn: a resolution whose targets are only in its prose (seeds 002 and 004), laid
/// out as the plan table they make, so that its targets are matched to the catalogue, reviewed and saved
/// exactly as a table's rows are. Each row is one target of `ResolutionText.extractTargets`: the name,
/// the target as written, its unit, its line; a sub-target follows the target it belongs to as a "- " row.
package enum ProseTable {
    package static func read(_ text: String) -> PlanTable? {
        guard DocumentHeader.read(text).kind != .report else { return nil }
        let targets = ResolutionText.extractTargets(text)
        guard let first = targets.first else { return nil }
        let sections = targets.compactMap(\.section).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var rows: [PlanTable.Row] = []
        var section: String?
        var parent: String?
        for target in targets {
            if sections.count > 1, let title = target.section, title != section, let index = sections.firstIndex(of: title) {
                rows.append(PlanTable.Row(line: target.line, kind: .section(label: sectionLabel(index), title: title)))
                section = title
            }
            if let group = target.group, group != parent {
                // A labelled list ("Cơ cấu kinh tế: nông nghiệp 20,5%; …") has no target of its own: a row
                // without one heads its shares, as "…, trong đó:" does in a table.
                rows.append(row(target.line, number: target.number, name: group, unit: "", plan: "", isSubRow: false))
                parent = group
            }
            let isSubRow = target.group != nil
            rows.append(
                row(
                    target.line, number: isSubRow ? nil : target.number, name: target.indicator, unit: target.unit ?? "",
                    plan: target.expression, isSubRow: isSubRow))
            if !isSubRow { parent = target.indicator }
        }
        let year = planYear(text, before: first.line).map { " \($0)" } ?? ""
        return PlanTable(
            columns: [.number: 0, .name: 1, .unit: 2, .plan: 3], headers: ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch" + year],
            headerLine: first.line, rows: rows, sheet: nil)
    }

    static func row(_ line: Int, number: String?, name: String, unit: String, plan: String, isSubRow: Bool) -> PlanTable.Row {
        PlanTable.Row(
            line: line,
            kind: .item(
                PlanTable.Item(
                    number: number ?? "", name: name, unit: unit, plan: plan, value: "", statedLabel: "", note: "",
                    isSubRow: isSubRow)))
    }

    /// "A", "B", … for the lists of a resolution with several ("Về kinh tế", "Về xã hội").
    static func sectionLabel(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index % 26)))
    }

    /// The year the list's headings name ("Điều 2. Mục tiêu và các chỉ tiêu chủ yếu năm 2024"): the nearest
    /// heading above the first target that names one, up to its article.
    static func planYear(_ text: String, before line: Int) -> Int? {
        let lines = text.components(separatedBy: "\n").prefix(max(0, line - 1)).map(DocumentHeader.clean)
        for heading in lines.reversed() where !heading.isEmpty {
            let folded = heading.folded
            let isArticle = folded.hasPrefix("dieu ")
            if isArticle || folded.contains("chi tieu"), let year = DocumentHeader.lastYear(in: heading) { return year }
            if isArticle { return nil }
        }
        return nil
    }
}
