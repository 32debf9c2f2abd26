import KTXHCore

/// Biểu theo dõi nhiệm vụ: a plan's tasks as the People's Committee reports them to the council: by field, each
/// with its lead and partners, deadline, status, the latest report's words and where it stands on the day the sheet
/// is made. One `ReportTable`, so XLSX, DOCX and the print page come from the same writers as every report table.
public struct TaskSheet: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var task: PlanTask
        public var standing: TaskStanding
        public var latest: TaskReport?

        public init(task: PlanTask, standing: TaskStanding, latest: TaskReport?) {
            self.task = task
            self.standing = standing
            self.latest = latest
        }
    }

    public var plan: Plan
    public var unit: AdminUnit?
    public var items: [Item]
    /// The day the standing is computed for, printed under the title.
    public var day: CalendarDay
    /// The reporting period whose reports the sheet shows; nil for each task's latest.
    public var period: Period?

    public init(plan: Plan, unit: AdminUnit?, items: [Item], day: CalendarDay, period: Period? = nil) {
        self.plan = plan
        self.unit = unit
        self.items = items
        self.day = day
        self.period = period
    }

    /// "BIỂU THEO DÕI TÌNH HÌNH THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP THÀNH PHỐ BẮC KẠN NĂM 2025".
    public var title: String {
        let unit = UnitName(unit: unit, plan: plan).full
        let when = period.map(\.vietnameseName) ?? plan.term.vietnameseName
        return "BIỂU THEO DÕI TÌNH HÌNH THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP \(unit) \(when)".uppercased()
    }

    /// How many tasks stand where: "82 nhiệm vụ: hoàn thành 3, đang thực hiện 40, chưa triển khai 39; quá hạn 2".
    public var summary: String {
        let counts = TaskStatus.allCases.compactMap { status -> String? in
            let count = items.filter { $0.task.status == status }.count
            return count == 0 ? nil : "\(status.vietnameseName.lowercased()) \(count)"
        }
        let late = items.filter(\.standing.isOverdue).count
        return "\(items.count) nhiệm vụ: " + counts.joined(separator: ", ") + (late > 0 ? "; quá hạn \(late)" : "")
    }

    /// One sentence per field for a report's text: "Hoạt động thu chi ngân sách…: 4 nhiệm vụ; chưa triển khai 2, đang
    /// thực hiện 2; quá hạn 1: «Đẩy mạnh thu hút và hỗ trợ đầu tư» (Phòng Kinh tế chủ trì, hạn Quý II/2025)."
    public var sectionSentences: [String] {
        var order: [String] = []
        var groups: [String: [Item]] = [:]
        for item in items {
            let section = item.task.section.isEmpty ? "Các nhiệm vụ khác" : item.task.section
            if groups[section] == nil { order.append(section) }
            groups[section, default: []].append(item)
        }
        return order.map { section in
            let group = groups[section] ?? []
            let counts = TaskStatus.allCases.compactMap { status -> String? in
                let count = group.filter { $0.task.status == status }.count
                return count == 0 ? nil : "\(status.vietnameseName.lowercased()) \(count)"
            }
            let late = group.filter(\.standing.isOverdue).map { item -> String in
                let task = item.task
                let text = task.text.count > 120 ? String(task.text.prefix(117)) + "…" : task.text
                let who = task.lead.isEmpty ? "" : "\(task.lead) chủ trì, "
                return "«\(text)» (\(who)hạn \(task.deadline?.vietnamese ?? ""))"
            }
            let lateText = late.isEmpty ? "" : "; quá hạn \(late.count): " + late.joined(separator: "; ")
            return "\(section): \(group.count) nhiệm vụ; " + counts.joined(separator: ", ") + lateText + "."
        }
    }

    public var reportTable: ReportTable {
        let columns: [ReportTable.Column] = [
            .init("STT"), .init("Nhiệm vụ", content: .name), .init("Cơ quan chủ trì"), .init("Cơ quan phối hợp"),
            .init("Thời hạn"), .init("Trạng thái"), .init("Kết quả thực hiện", content: .name), .init("Tình hình"),
        ]
        var rows: [ReportTable.Row] = []
        var section: String?
        var sections = 0
        var number = 0
        for item in items {
            let task = item.task
            if !task.section.isEmpty, task.section != section {
                sections += 1
                rows.append(.section(label: RomanNumeral.make(sections), title: task.section))
                section = task.section
            }
            number += 1
            let result = item.latest.map { report in
                report.period.map { "\(SentenceCase.capitalizedFirst($0.vietnameseName)): \(report.note)" } ?? report.note
            }
            rows.append(
                .item(
                    cells: [
                        .text("\(number)"), .text(task.text), .text(task.lead), .text(task.partners.joined(separator: "; ")),
                        .text(task.deadline?.vietnamese ?? ""), .text(task.status.vietnameseName),
                        result.map { .text($0) } ?? .empty,
                        .text(item.standing.vietnamese),
                    ], depth: 0))
        }
        return ReportTable(
            title: title, subtitle: "(Tình hình đến ngày \(day.vietnamese); \(summary))", columns: columns, rows: rows,
            sheetName: "Nhiệm vụ \(plan.term.code)")
    }
}
