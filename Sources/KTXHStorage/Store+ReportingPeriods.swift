import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// Opens a plan's period for entry and records it; throws when the plan already has that period.
    @discardableResult
    public func openReportingPeriod(
        planID: Int64, period: Period, cutoff: CalendarDay, deadline: CalendarDay, by actor: String, at now: Date
    ) async throws -> ReportingPeriod {
        try await transaction { sql in
            let planKey = try await Self.planKey(planID, on: sql)
            let existing = try await sql.select().column("id").from("reporting_periods")
                .where("plan_id", .equal, planID).where("period", .equal, period.code).first()
            guard existing == nil else {
                throw StorageError("Kỳ \(period.vietnameseName) của kế hoạch \(planKey) đã được mở trước đó.")
            }
            guard
                let row = try await sql.insert(into: "reporting_periods")
                    .columns("plan_id", "period", "cutoff", "deadline", "is_open")
                    .values(SQLBind(planID), SQLBind(period.code), SQLBind(cutoff.iso), SQLBind(deadline.iso), SQLBind(1))
                    .returning("id").first()
            else { throw StorageError("Không mở được kỳ báo cáo.") }
            let key = "\(planKey) \(period.code)"
            let entry = { (field: String, value: String) in
                AuditEntry(
                    at: now, actor: actor, entity: .period, key: key, action: "Mở kỳ báo cáo", field: field, newValue: value)
            }
            try await Self.record(
                [entry("Ngày chốt số liệu", cutoff.vietnamese), entry("Hạn nộp", deadline.vietnamese)], on: sql)
            return ReportingPeriod(
                id: try row.decode(column: "id", as: Int64.self), planID: planID, period: period, cutoff: cutoff,
                deadline: deadline, isOpen: true)
        }
    }

    /// Changes a period's deadline or closes or reopens it, recording what changed.
    public func updateReportingPeriod(
        id: Int64, deadline: CalendarDay?, isOpen: Bool?, by actor: String, at now: Date
    ) async throws {
        try await transaction { sql in
            guard let old = try await Self.reportingPeriods(id: id, on: sql).first else {
                throw StorageError("Không tìm thấy kỳ báo cáo.")
            }
            let key = "\(try await Self.planKey(old.planID, on: sql)) \(old.period.code)"
            var entries: [AuditEntry] = []
            if let deadline, deadline != old.deadline {
                entries.append(
                    AuditEntry(
                        at: now, actor: actor, entity: .period, key: key, action: "Đổi hạn nộp", field: "Hạn nộp",
                        oldValue: old.deadline.vietnamese, newValue: deadline.vietnamese))
            }
            if let isOpen, isOpen != old.isOpen {
                entries.append(
                    AuditEntry(
                        at: now, actor: actor, entity: .period, key: key, action: isOpen ? "Mở lại kỳ" : "Đóng kỳ",
                        field: "Trạng thái", oldValue: old.isOpen ? "Đang mở" : "Đã đóng",
                        newValue: isOpen ? "Đang mở" : "Đã đóng"))
            }
            guard !entries.isEmpty else { return }
            try await sql.update("reporting_periods").set("deadline", to: (deadline ?? old.deadline).iso)
                .set("is_open", to: (isOpen ?? old.isOpen) ? 1 : 0).where("id", .equal, id).run()
            try await Self.record(entries, on: sql)
        }
    }

    /// Every reporting period, newest first; only `id`'s when given.
    public func reportingPeriods(id: Int64? = nil) async throws -> [ReportingPeriod] {
        try await Self.reportingPeriods(id: id, on: sql)
    }

    static func reportingPeriods(id: Int64?, on sql: any SQLDatabase) async throws -> [ReportingPeriod] {
        var query = sql.select().columns("*").from("reporting_periods")
        if let id { query = query.where("id", .equal, id) }
        let periods = try await query.all().map { row in
            guard let cutoff = CalendarDay(try row.decode(column: "cutoff", as: String.self)),
                let deadline = CalendarDay(try row.decode(column: "deadline", as: String.self))
            else { throw StorageError("Ngày của kỳ báo cáo trong cơ sở dữ liệu không hợp lệ.") }
            return ReportingPeriod(
                id: try row.decode(column: "id", as: Int64.self), planID: try row.decode(column: "plan_id", as: Int64.self),
                period: try decodePeriod(row, "period"), cutoff: cutoff, deadline: deadline,
                isOpen: try row.decode(column: "is_open", as: Int.self) != 0)
        }
        return periods.sorted { ($0.period, $0.planID) > ($1.period, $1.planID) }
    }

    static func planKey(_ planID: Int64, on sql: any SQLDatabase) async throws -> String {
        guard let row = try await sql.select().column("key").from("plans").where("id", .equal, planID).first() else {
            throw StorageError("Không tìm thấy kế hoạch.")
        }
        return try row.decode(column: "key", as: String.self)
    }
}
