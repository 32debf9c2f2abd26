import KTXHCore
import KTXHImport

extension ImportSummary {
    /// The review in plain Vietnamese, one fact a line.
    public var text: String { text(withFindings: true) }

    /// The same without the document's contradictions, for a page that shows them in a section of their own.
    public func text(withFindings: Bool) -> String {
        var lines = ["Tệp: \(file)"]
        var facts: [String] = []
        if let documentKind { facts.append(documentKind == "report" ? "báo cáo tiến độ" : "nghị quyết/kế hoạch") }
        if let unit { facts.append("đơn vị \(unit.code) \(unit.name)") }
        if let period, let p = Period(period) { facts.append("kỳ \(period) (\(p.vietnameseName))") }
        if let cutoff, let day = CalendarDay(cutoff) { facts.append("số liệu đến ngày \(day.vietnamese)") }
        if !facts.isEmpty { lines.append("Nhận biết: " + facts.joined(separator: " · ")) }
        if let plan {
            lines.append(
                "Kế hoạch \(plan.key): «\(plan.title)» — \(plan.isNew ? "tạo mới" : "đã có, giữ nguyên"), \(plan.targetCount) chỉ tiêu"
            )
        }
        lines.append(
            "Sẽ lưu: \(changes.units) đơn vị hành chính, \(changes.indicators) chỉ tiêu vào danh mục, \(changes.plans) kế hoạch, "
                + "\(changes.observations) số liệu mới (\(changes.observationsRepeated) số liệu đã có, bỏ qua)")
        if !matches.isEmpty {
            lines.append("Đối chiếu tên chỉ tiêu với danh mục:")
            for match in matches {
                let origin = match.origin == "database" ? "đã có" : match.origin == "standard" ? "danh mục chung" : "đề xuất mới"
                let sure =
                    match.confidence == "certain" ? "chắc chắn" : match.confidence == "probable" ? "CẦN XÁC NHẬN" : "chỉ tiêu mới"
                let target =
                    match.written == match.indicatorName ? match.indicator : "\(match.indicator) «\(match.indicatorName)»"
                lines.append("  dòng \(match.line): \(match.written) → \(target) (\(sure), \(origin))")
            }
        }
        if !notes.isEmpty {
            lines.append("Lưu ý:")
            lines += notes.map { "  \($0.message)" }
        }
        if withFindings && !findings.isEmpty {
            lines.append("Chỗ mâu thuẫn trong văn bản (ktxh check):")
            lines += findings.map { "  \($0.lineList): \($0.message)" }
        }
        if !problems.isEmpty {
            lines.append("Không hiểu được (chưa nhập gì cho đến khi sửa):")
            lines += problems.map { "  \($0.message)" }
        }
        if !questions.isEmpty {
            lines.append("Cần chọn cột (chưa nhập gì cho đến khi chọn):")
            lines += questions.map { "  \($0.message)" }
        }
        if matches.contains(where: { $0.confidence == "probable" }) {
            lines.append("Có tên chỉ tiêu chỉ gần giống danh mục: kiểm tra rồi chạy lại với --confirm-matches.")
        }
        return lines.joined(separator: "\n")
    }
}
