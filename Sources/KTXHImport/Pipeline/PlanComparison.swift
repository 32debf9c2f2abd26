import KTXHCore
import KTXHReading

/// Where a table restates a saved plan's targets differently (seed 001's forest target: 140 ha in its
/// text, 142 in its table): the saved plan is kept and the difference is shown.
enum PlanComparison {
    static func differences(saved: PlanDocument, file: PlanDocument, table: PlanTable, fileName: String) -> [ImportError] {
        let savedTargets = Dictionary(saved.targets.map { ($0.indicatorCode, $0) }, uniquingKeysWith: { a, _ in a })
        let lines = Dictionary(
            zip(table.items.map(\.name), table.rows.compactMap { if case .item = $0.kind { $0.line } else { nil } }),
            uniquingKeysWith: { a, _ in a })
        var notes: [ImportError] = []
        for target in file.targets {
            let line = file.targets.firstIndex(of: target).flatMap { table.items[safe: $0] }.flatMap { lines[$0.name] }
            guard let kept = savedTargets[target.indicatorCode] else {
                notes.append(
                    ImportError(
                        file: fileName, line: line, value: target.text,
                        reason: "Chỉ tiêu không có trong kế hoạch đã lưu; số liệu vẫn được nhập, kế hoạch giữ nguyên"))
                continue
            }
            if kept.text != target.text && !target.text.isEmpty {
                notes.append(
                    ImportError(
                        file: fileName, line: line, field: "Kế hoạch", value: target.text,
                        reason: "Khác với kế hoạch đã lưu («\(kept.text)»); kế hoạch đã lưu được giữ nguyên"))
            }
        }
        return notes
    }
}
