import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// True when the plan's progress is public (its page is served without login).
    public func isPublic(planID: Int64) async throws -> Bool {
        let row = try await sql.select().column("is_public").from("plans").where("id", .equal, planID).first()
        return try row?.decode(column: "is_public", as: Int.self) == 1
    }

    /// Turns the plan's public page on or off, and records who did it; false when there is no such plan.
    @discardableResult
    public func setPublic(planID: Int64, _ isPublic: Bool, by actor: String, at now: Date) async throws -> Bool {
        try await transaction { sql in
            guard let row = try await sql.select().columns("key", "is_public").from("plans").where("id", .equal, planID).first()
            else { return false }
            let was = try row.decode(column: "is_public", as: Int.self) == 1
            guard was != isPublic else { return true }
            try await sql.update("plans").set("is_public", to: SQLBind(isPublic ? 1 : 0)).where("id", .equal, planID).run()
            let word = { (on: Bool) in on ? "Công khai" : "Không công khai" }
            try await Self.record(
                [
                    AuditEntry(
                        at: now, actor: actor, entity: .plan, key: try row.decode(column: "key", as: String.self),
                        action: "Đổi chế độ công khai", field: "Trang công khai", oldValue: word(was), newValue: word(isPublic))
                ], on: sql)
            return true
        }
    }
}
