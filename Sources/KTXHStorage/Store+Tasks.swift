import FluentKit
import Foundation
import KTXHCore
import SQLKit

/// A task to add to a plan, as confirmed from a resolution's text.
public struct NewTask: Hashable, Sendable {
    public var section: String
    public var text: String
    public var lead: String
    public var partners: [String]
    public var deadline: TaskDeadline?
    public var indicatorCodes: [String]
    public var sourceLine: Int?

    public init(
        section: String, text: String, lead: String = "", partners: [String] = [], deadline: TaskDeadline? = nil,
        indicatorCodes: [String] = [], sourceLine: Int? = nil
    ) {
        self.section = section
        self.text = text
        self.lead = lead
        self.partners = partners
        self.deadline = deadline
        self.indicatorCodes = indicatorCodes
        self.sourceLine = sourceLine
    }
}

/// What a lead reports on a task in a period: its status, a note, and a file when one is attached.
public struct TaskReportInput: Sendable {
    public var period: Period?
    public var status: TaskStatus
    public var note: String
    public var attachment: (name: String, type: String, data: Data)?

    public init(period: Period?, status: TaskStatus, note: String, attachment: (name: String, type: String, data: Data)? = nil) {
        self.period = period
        self.status = status
        self.note = note
        self.attachment = attachment
    }
}

/// Giao nhiệm vụ: who leads a task, who helps, by when, and the targets it serves.
public struct TaskAssignment: Hashable, Sendable {
    public var lead: String
    public var partners: [String]
    public var deadline: TaskDeadline?
    public var indicatorCodes: [String]

    public init(lead: String, partners: [String], deadline: TaskDeadline?, indicatorCodes: [String]) {
        self.lead = lead
        self.partners = partners
        self.deadline = deadline
        self.indicatorCodes = indicatorCodes
    }

    /// The task's assignment as it stands.
    public init(_ task: PlanTask) {
        self.init(lead: task.lead, partners: task.partners, deadline: task.deadline, indicatorCodes: task.indicatorCodes)
    }
}

/// A save against a task changed since the form was opened: nothing is written, the newer task is returned.
public struct StaleTask: Error, Sendable {
    public var current: PlanTask
}

extension Store {
    /// Adds tasks after the plan's others, each with an audit entry, all or none.
    public func addTasks(planID: Int64, _ tasks: [NewTask], by actor: String, at now: Date) async throws -> [PlanTask] {
        try await transaction { sql in
            let last = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("position")), as: "last")
                .from("plan_tasks").where("plan_id", .equal, planID).first()?.decode(column: "last", as: Int?.self)
            var added: [PlanTask] = []
            for (offset, task) in tasks.enumerated() {
                let position = (last ?? 0) + offset + 1
                guard
                    let row = try await sql.insert(into: "plan_tasks")
                        .columns(
                            "plan_id", "position", "section", "text", "lead", "partners", "deadline", "indicator_codes",
                            "status", "revision", "source_line", "created_at", "created_by"
                        )
                        .values(
                            SQLBind(planID), SQLBind(position), SQLBind(task.section), SQLBind(task.text), SQLBind(task.lead),
                            SQLBind(task.partners.joined(separator: "\n")), SQLBind(task.deadline?.code),
                            SQLBind(task.indicatorCodes.joined(separator: ",")), SQLBind(TaskStatus.notStarted.rawValue),
                            SQLBind(1), SQLBind(task.sourceLine), SQLBind(Timestamp.text(now)), SQLBind(actor)
                        )
                        .returning("id").first()
                else { throw StorageError("Không lưu được nhiệm vụ «\(task.text.prefix(60))».") }
                let id = try row.decode(column: "id", as: Int64.self)
                added.append(
                    PlanTask(
                        id: id, planID: planID, position: position, section: task.section, text: task.text, lead: task.lead,
                        partners: task.partners, deadline: task.deadline, indicatorCodes: task.indicatorCodes))
                try await Self.record(
                    [
                        AuditEntry(
                            at: now, actor: actor, entity: .task, key: Self.taskKey(id), action: "Thêm nhiệm vụ",
                            field: "Nội dung", newValue: task.text)
                    ], on: sql)
            }
            return added
        }
    }

    /// A plan's tasks in the resolution's order, each with when it was last reported on.
    public func tasks(planID: Int64) async throws -> [PlanTask] {
        let rows = try await sql.select().columns("*").from("plan_tasks").where("plan_id", .equal, planID)
            .orderBy("position").all()
        let reported = try await lastReports(planID: planID)
        return try rows.map { try Self.decodeTask($0, lastReportedAt: reported) }
    }

    public func task(id: Int64) async throws -> PlanTask? {
        guard let row = try await sql.select().columns("*").from("plan_tasks").where("id", .equal, id).first() else {
            return nil
        }
        let planID = try row.decode(column: "plan_id", as: Int64.self)
        return try Self.decodeTask(row, lastReportedAt: try await lastReports(planID: planID))
    }

    /// Appends a report and sets the task's status from it, against the revision the form showed; audited.
    @discardableResult
    public func reportTask(id: Int64, _ report: TaskReportInput, baseRevision: Int?, by actor: String, at now: Date)
        async throws -> TaskReport
    {
        try await transaction { sql in
            guard let row = try await sql.select().columns("*").from("plan_tasks").where("id", .equal, id).first() else {
                throw StorageError("Không có nhiệm vụ số \(id).")
            }
            let task = try Self.decodeTask(row, lastReportedAt: [:])
            if let baseRevision, baseRevision != task.revision { throw StaleTask(current: task) }
            guard
                let inserted = try await sql.insert(into: "task_reports")
                    .columns(
                        "task_id", "period", "status", "note", "reported_at", "reported_by", "attachment_name",
                        "attachment_type", "attachment"
                    )
                    .values(
                        SQLBind(id), SQLBind(report.period?.code), SQLBind(report.status.rawValue), SQLBind(report.note),
                        SQLBind(Timestamp.text(now)), SQLBind(actor), SQLBind(report.attachment?.name),
                        SQLBind(report.attachment?.type), SQLBind(report.attachment?.data)
                    )
                    .returning("id").first()
            else { throw StorageError("Không lưu được báo cáo nhiệm vụ số \(id).") }
            let updated = try await sql.update("plan_tasks").set("status", to: report.status.rawValue)
                .set("revision", to: task.revision + 1).where("id", .equal, id).where("revision", .equal, task.revision)
                .returning("revision").all()
            guard !updated.isEmpty else { throw StaleTask(current: task) }
            var entries = [
                AuditEntry(
                    at: now, actor: actor, entity: .task, key: Self.taskKey(id), action: "Báo cáo tiến độ",
                    field: "Tình hình thực hiện\(report.period.map { " (\($0.code))" } ?? "")", oldValue: "",
                    newValue: report.note, reason: report.attachment.map { "Tệp đính kèm: \($0.name)" } ?? "")
            ]
            if report.status != task.status {
                entries.append(
                    AuditEntry(
                        at: now, actor: actor, entity: .task, key: Self.taskKey(id), action: "Cập nhật trạng thái",
                        field: "Trạng thái", oldValue: task.status.vietnameseName, newValue: report.status.vietnameseName))
            }
            try await Self.record(entries, on: sql)
            return TaskReport(
                id: try inserted.decode(column: "id", as: Int64.self), taskID: id, period: report.period,
                status: report.status, note: report.note, reportedAt: now, reportedBy: actor,
                attachmentName: report.attachment?.name)
        }
    }

    /// Changes who leads a task, who helps, by when and which targets it serves, against the revision the form
    /// showed; each field audited.
    public func assignTask(id: Int64, _ assignment: TaskAssignment, baseRevision: Int, by actor: String, at now: Date)
        async throws -> PlanTask
    {
        let (lead, partners, deadline, codes) = (
            assignment.lead, assignment.partners, assignment.deadline, assignment.indicatorCodes
        )
        return try await transaction { sql in
            guard let row = try await sql.select().columns("*").from("plan_tasks").where("id", .equal, id).first() else {
                throw StorageError("Không có nhiệm vụ số \(id).")
            }
            let task = try Self.decodeTask(row, lastReportedAt: [:])
            guard baseRevision == task.revision else { throw StaleTask(current: task) }
            let changes = [
                ("Cơ quan chủ trì", task.lead, lead),
                ("Cơ quan phối hợp", task.partners.joined(separator: "; "), partners.joined(separator: "; ")),
                ("Thời hạn", task.deadline?.vietnamese ?? "", deadline?.vietnamese ?? ""),
                ("Chỉ tiêu liên quan", task.indicatorCodes.joined(separator: ", "), codes.joined(separator: ", ")),
            ].filter { $0.1 != $0.2 }
            guard !changes.isEmpty else { return task }
            _ = try await sql.update("plan_tasks").set("lead", to: lead).set("partners", to: partners.joined(separator: "\n"))
                .set("deadline", to: deadline?.code).set("indicator_codes", to: codes.joined(separator: ","))
                .set("revision", to: task.revision + 1).where("id", .equal, id)
                .where("revision", .equal, task.revision).run()
            try await Self.record(
                changes.map { field, old, new in
                    AuditEntry(
                        at: now, actor: actor, entity: .task, key: Self.taskKey(id), action: "Giao nhiệm vụ", field: field,
                        oldValue: old, newValue: new)
                }, on: sql)
            var changed = task
            changed.lead = lead
            changed.partners = partners
            changed.deadline = deadline
            changed.indicatorCodes = codes
            changed.revision += 1
            return changed
        }
    }

    /// A task's reports, the newest first.
    public func taskReports(taskID: Int64) async throws -> [TaskReport] {
        try await sql.select().columns(
            "id", "task_id", "period", "status", "note", "reported_at", "reported_by", "attachment_name"
        )
        .from("task_reports").where("task_id", .equal, taskID).orderBy("id", .descending).all().map(Self.decodeReport)
    }

    /// Each task's latest report, for a plan's tracking sheet; of one reporting period when given.
    public func latestTaskReports(planID: Int64, period: Period? = nil) async throws -> [Int64: TaskReport] {
        let rows = try await sql.select()
            .columns(
                SQLColumn("id", table: "r"), SQLColumn("task_id", table: "r"), SQLColumn("period", table: "r"),
                SQLColumn("status", table: "r"), SQLColumn("note", table: "r"), SQLColumn("reported_at", table: "r"),
                SQLColumn("reported_by", table: "r"), SQLColumn("attachment_name", table: "r")
            )
            .from(SQLAlias(SQLIdentifier("task_reports"), as: SQLIdentifier("r")))
            .join(
                SQLAlias(SQLIdentifier("plan_tasks"), as: SQLIdentifier("t")), on: SQLColumn("id", table: "t"), .equal,
                SQLColumn("task_id", table: "r")
            )
            .where(SQLColumn("plan_id", table: "t"), .equal, SQLBind(planID)).orderBy(SQLColumn("id", table: "r")).all()
        var latest: [Int64: TaskReport] = [:]
        for row in rows {
            let report = try Self.decodeReport(row)
            if period == nil || report.period == period { latest[report.taskID] = report }
        }
        return latest
    }

    /// The file attached to a report: its name, type and bytes.
    public func taskAttachment(reportID: Int64) async throws -> (name: String, type: String, data: Data)? {
        guard
            let row = try await sql.select().columns("attachment_name", "attachment_type", "attachment").from("task_reports")
                .where("id", .equal, reportID).first(),
            let name = try row.decode(column: "attachment_name", as: String?.self),
            let bytes = try row.decode(column: "attachment", as: Data?.self)
        else { return nil }
        return (name, try row.decode(column: "attachment_type", as: String?.self) ?? "application/octet-stream", bytes)
    }

    /// How the audit trail names a task.
    public static func taskKey(_ id: Int64) -> String { "nhiem-vu-\(id)" }

    private func lastReports(planID: Int64) async throws -> [Int64: Date] {
        let rows = try await sql.select().column(SQLColumn("task_id", table: "r"), as: "task_id")
            .column(SQLFunction("MAX", args: SQLColumn("reported_at", table: "r")), as: "last")
            .from(SQLAlias(SQLIdentifier("task_reports"), as: SQLIdentifier("r")))
            .join(
                SQLAlias(SQLIdentifier("plan_tasks"), as: SQLIdentifier("t")), on: SQLColumn("id", table: "t"), .equal,
                SQLColumn("task_id", table: "r")
            )
            .where(SQLColumn("plan_id", table: "t"), .equal, SQLBind(planID)).groupBy(SQLColumn("task_id", table: "r")).all()
        var result: [Int64: Date] = [:]
        for row in rows {
            if let last = try Timestamp.decode(row, "last") { result[try row.decode(column: "task_id", as: Int64.self)] = last }
        }
        return result
    }

    static func decodeTask(_ row: any SQLRow, lastReportedAt: [Int64: Date]) throws -> PlanTask {
        let id = try row.decode(column: "id", as: Int64.self)
        let partners = try row.decode(column: "partners", as: String.self)
        let codes = try row.decode(column: "indicator_codes", as: String.self)
        return PlanTask(
            id: id, planID: try row.decode(column: "plan_id", as: Int64.self),
            position: try row.decode(column: "position", as: Int.self),
            section: try row.decode(column: "section", as: String.self),
            text: try row.decode(column: "text", as: String.self), lead: try row.decode(column: "lead", as: String.self),
            partners: partners.split(separator: "\n").map(String.init),
            deadline: try row.decode(column: "deadline", as: String?.self).flatMap(TaskDeadline.init(code:)),
            indicatorCodes: codes.split(separator: ",").map(String.init),
            status: TaskStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .notStarted,
            revision: try row.decode(column: "revision", as: Int.self), lastReportedAt: lastReportedAt[id])
    }

    static func decodeReport(_ row: any SQLRow) throws -> TaskReport {
        TaskReport(
            id: try row.decode(column: "id", as: Int64.self), taskID: try row.decode(column: "task_id", as: Int64.self),
            period: try row.decode(column: "period", as: String?.self).flatMap(Period.init),
            status: TaskStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .notStarted,
            note: try row.decode(column: "note", as: String.self),
            reportedAt: try Timestamp.decode(row, "reported_at") ?? Date(timeIntervalSince1970: 0),
            reportedBy: try row.decode(column: "reported_by", as: String.self),
            attachmentName: try row.decode(column: "attachment_name", as: String?.self))
    }
}
