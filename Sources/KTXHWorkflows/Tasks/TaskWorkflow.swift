import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHStorage

/// Nhiệm vụ của kế hoạch: proposing a resolution's tasks from its text, adding the confirmed ones to a plan, and
/// listing them with where each stands on a given day. The CLI, the pages and the documents all call these.
public enum TaskWorkflow {
    /// A proposed task and whether the plan already has it (the same text, accents and spacing aside).
    public struct Proposal: Sendable {
        public var task: ExtractedTask
        public var isKnown: Bool
    }

    /// The tasks a resolution's text proposes for a plan; none is saved.
    public static func propose(_ text: String, planID: Int64, store: Store) async throws -> [Proposal] {
        let known = Set(try await store.tasks(planID: planID).map { key($0.text) })
        return TaskText.extractTasks(text).map { Proposal(task: $0, isKnown: known.contains(key($0.text))) }
    }

    /// Adds the proposals the plan does not have yet, in one transaction; the ones added.
    public static func add(_ proposals: [Proposal], planID: Int64, store: Store, actor: String, at now: Date) async throws
        -> [PlanTask]
    {
        let new = proposals.filter { !$0.isKnown }.map(\.task).map {
            NewTask(
                section: $0.section, text: $0.text, lead: $0.lead, partners: $0.partners, deadline: $0.deadline,
                sourceLine: $0.line)
        }
        guard !new.isEmpty else { return [] }
        return try await store.addTasks(planID: planID, new, by: actor, at: now)
    }

    /// A task as the lists show it: where it stands today.
    public struct Row: Sendable {
        public var task: PlanTask
        public var standing: TaskStanding
    }

    /// A plan's tasks with their standing on `today`, filtered by status and to the overdue ones when asked.
    public static func rows(
        planID: Int64, store: Store, today: CalendarDay, timeZone: TimeZone, statuses: Set<TaskStatus> = [],
        overdueOnly: Bool = false
    ) async throws -> [Row] {
        let periodStart = try await currentPeriodStart(planID: planID, store: store)
        return try await store.tasks(planID: planID).compactMap { task in
            guard statuses.isEmpty || statuses.contains(task.status) else { return nil }
            let standing = standing(of: task, today: today, timeZone: timeZone, periodStart: periodStart)
            return overdueOnly && !standing.isOverdue ? nil : Row(task: task, standing: standing)
        }
    }

    /// Where one task stands on `today`, as its plan's list shows it.
    public static func standing(of task: PlanTask, store: Store, today: CalendarDay, timeZone: TimeZone) async throws
        -> TaskStanding
    {
        let periodStart = try await currentPeriodStart(planID: task.planID, store: store)
        return standing(of: task, today: today, timeZone: timeZone, periodStart: periodStart)
    }

    private static func standing(of task: PlanTask, today: CalendarDay, timeZone: TimeZone, periodStart: CalendarDay?)
        -> TaskStanding
    {
        let last = task.lastReportedAt.map { CalendarDay($0, in: timeZone) }
        return TaskStanding(task: task, today: today, lastReport: last, periodStart: periodStart)
    }

    /// When the reporting period now open for the plan began: the previous period's cut-off, or the first of January
    /// of the only one; nil when none is open (then no task counts as unreported).
    static func currentPeriodStart(planID: Int64, store: Store) async throws -> CalendarDay? {
        let periods = try await store.reportingPeriods().filter { $0.planID == planID }.sorted { $0.period < $1.period }
        guard let current = periods.last(where: \.isOpen) else { return nil }
        let previous = periods.last { $0.period < current.period }
        return previous?.cutoff ?? CalendarDay(year: current.period.year, month: 1, day: 1)
    }

    /// The indicators a plan sets targets for, in its order: what a task may serve.
    public static func planIndicators(planID: Int64, store: Store) async throws -> [(code: String, name: String)] {
        guard let document = try await store.planDocument(id: planID) else { return [] }
        let names = try await store.indicators()
        return document.targets.map { ($0.indicatorCode, names[$0.indicatorCode]?.name ?? $0.indicatorCode) }
    }

    /// Checks that every code is an indicator of the plan; the Vietnamese message names the first that is not.
    public static func unknownIndicator(_ codes: [String], planID: Int64, store: Store) async throws -> String? {
        let known = Set(try await planIndicators(planID: planID, store: store).map(\.code))
        return codes.first { !known.contains($0) }.map { "Chỉ tiêu «\($0)» không có trong kế hoạch này." }
    }

    static func key(_ text: String) -> String {
        TextNormalization.folded(text).split(whereSeparator: { $0 == " " || $0 == "." || $0 == ";" }).joined(separator: " ")
    }
}

extension JSONShapes {
    /// A plan's task as `ktxh tasks list --json` lists it.
    public static func task(_ row: TaskWorkflow.Row) -> [String: Any] {
        let task = row.task
        var standing: [String: Any] = ["label": row.standing.vietnamese, "overdue": row.standing.isOverdue]
        if case .overdue(let days) = row.standing { standing["daysOverdue"] = days }
        return [
            "id": task.id, "plan": task.planID, "position": task.position, "section": task.section, "text": task.text,
            "lead": task.lead, "partners": task.partners, "deadline": task.deadline?.code ?? "",
            "indicators": task.indicatorCodes,
            "status": task.status.rawValue, "statusName": task.status.vietnameseName, "revision": task.revision,
            "lastReportedAt": task.lastReportedAt.map { ISO8601DateFormatter().string(from: $0) } ?? NSNull(),
            "standing": standing,
        ]
    }
}

/// Tệp đính kèm báo cáo nhiệm vụ: a minutes, a decision, a photo: kept only when it is what its name says and no
/// larger than `maximumBytes`.
public enum TaskAttachment {
    public static let maximumBytes = 10 * 1024 * 1024

    /// The kinds kept, by their first bytes: a name alone could be anything.
    static let kinds: [(extensions: [String], type: String, magic: [UInt8])] = [
        (["pdf"], "application/pdf", Array("%PDF".utf8)),
        (["docx"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
        (["xlsx"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04]),
        (["doc", "xls"], "application/octet-stream", [0xD0, 0xCF, 0x11, 0xE0]),
        (["jpg", "jpeg"], "image/jpeg", [0xFF, 0xD8, 0xFF]),
        (["png"], "image/png", [0x89, 0x50, 0x4E, 0x47]),
    ]

    /// The file's type, or why it is refused, in Vietnamese naming the file.
    public static func check(name: String, data: Data) -> Result<String, AttachmentRefusal> {
        let ext = (name as NSString).pathExtension.lowercased()
        guard data.count <= maximumBytes else {
            return .failure(AttachmentRefusal(message: "Tệp «\(name)» lớn hơn \(maximumBytes / 1024 / 1024) MB."))
        }
        guard let kind = kinds.first(where: { $0.extensions.contains(ext) }) else {
            return .failure(
                AttachmentRefusal(message: "Tệp «\(name)»: chỉ nhận PDF, Word, Excel, JPEG hoặc PNG."))
        }
        guard data.starts(with: kind.magic) else {
            return .failure(
                AttachmentRefusal(message: "Tệp «\(name)» không phải tệp .\(ext) thật (nội dung không khớp đuôi tệp)."))
        }
        return .success(kind.type)
    }

    public struct AttachmentRefusal: Error, Sendable {
        public var message: String
    }
}
