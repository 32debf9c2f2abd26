import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// Who reports each of a plan's indicators, in the plan's order: the assigned body, or the default one
    /// (`Assignment.defaultBody`) where nobody has assigned it yet.
    public func assignments(planID: Int64) async throws -> [Assignment] {
        guard let document = try await planDocument(id: planID) else { return [] }
        let catalogue = try await indicators()
        let explicit = try await explicitAssignments(planID: planID)
        return document.targets.compactMap { target in
            guard let indicator = catalogue[target.indicatorCode] else { return nil }
            let body = explicit[target.indicatorCode] ?? Assignment.defaultBody(for: indicator, in: document.plan)
            return Assignment(
                planID: planID, indicatorCode: target.indicatorCode, body: body,
                isExplicit: explicit[target.indicatorCode] != nil)
        }
    }

    func explicitAssignments(planID: Int64) async throws -> [String: ReportingBody] {
        let sql = try self.sql
        let unit = try await sql.select().column("unit_code").from("plans").where("id", .equal, planID).first()?
            .decode(column: "unit_code", as: String.self)
        guard let unit else { return [:] }
        let rows = try await sql.select().columns("*").from("assignments").where("plan_id", .equal, planID).all()
        return Dictionary(
            try rows.map {
                (
                    try $0.decode(column: "indicator_code", as: String.self),
                    ReportingBody(unitCode: unit, department: try $0.decode(column: "department", as: String.self))
                )
            }, uniquingKeysWith: { a, _ in a })
    }

    /// Assigns indicators of a plan to departments (nil for the unit itself), recording each that changes.
    /// Returns the number changed.
    @discardableResult
    public func assign(planID: Int64, _ departments: [String: String?], by actor: String, at now: Date) async throws
        -> Int
    {
        let current = Dictionary(
            try await assignments(planID: planID).map { ($0.indicatorCode, $0) }, uniquingKeysWith: { a, _ in a })
        return try await transaction { sql in
            let planKey = try await Self.planKey(planID, on: sql)
            var changed = 0
            for (code, department) in departments.sorted(by: { $0.key < $1.key }) {
                guard let old = current[code] else { throw StorageError("Chỉ tiêu «\(code)» không có trong kế hoạch.") }
                let new = ReportingBody(unitCode: old.body.unitCode, department: department)
                guard new != old.body else { continue }
                try await sql.insert(into: "assignments").columns("plan_id", "indicator_code", "department")
                    .values(SQLBind(planID), SQLBind(code), SQLBind(new.department ?? ""))
                    .onConflict(with: ["plan_id", "indicator_code"]) { $0.set(excludedValueOf: "department") }
                    .run()
                try await Self.record(
                    [
                        AuditEntry(
                            at: now, actor: actor, entity: .assignment, key: "\(planKey) \(code)", action: "Phân công",
                            field: "Đơn vị báo cáo", oldValue: Self.bodyName(old.body, explicit: old.isExplicit),
                            newValue: Self.bodyName(new, explicit: true))
                    ], on: sql)
                changed += 1
            }
            return changed
        }
    }

    static func bodyName(_ body: ReportingBody, explicit: Bool) -> String {
        let name = body.department ?? "Đơn vị \(body.unitCode) tự báo cáo"
        return explicit ? name : "\(name) (theo danh mục)"
    }
}
