import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// Appends entries to the audit trail on `sql`, inside the caller's transaction so a change and its
    /// record are saved together. There is deliberately no function that updates or deletes an entry.
    static func record(_ entries: [AuditEntry], on sql: any SQLDatabase) async throws {
        for entry in entries {
            try await sql.insert(into: "audit_log")
                .columns(
                    "at", "actor", "entity", "entity_key", "action", "field", "old_value", "new_value", "reason"
                )
                .values(
                    SQLBind(Timestamp.text(entry.at)), SQLBind(entry.actor), SQLBind(entry.entity.rawValue),
                    SQLBind(entry.key), SQLBind(entry.action), SQLBind(entry.field), SQLBind(entry.oldValue),
                    SQLBind(entry.newValue), SQLBind(entry.reason)
                )
                .run()
        }
    }

    /// Appends entries in their own transaction.
    public func record(_ entries: [AuditEntry]) async throws {
        try await transaction { sql in try await Self.record(entries, on: sql) }
    }

    /// The latest entries first, of one kind of record and one record when given.
    public func auditEntries(entity: AuditEntry.Entity? = nil, key: String? = nil, limit: Int = 500) async throws
        -> [AuditEntry]
    {
        var query = try sql.select().columns("*").from("audit_log")
        if let entity { query = query.where("entity", .equal, entity.rawValue) }
        if let key { query = query.where("entity_key", .equal, key) }
        return try await query.orderBy("id", .descending).limit(limit).all().map(Self.decodeAuditEntry)
    }

    static func decodeAuditEntry(_ row: any SQLRow) throws -> AuditEntry {
        let entity = try row.decode(column: "entity", as: String.self)
        return AuditEntry(
            id: try row.decode(column: "id", as: Int64.self),
            at: try Timestamp.decode(row, "at") ?? Date(timeIntervalSince1970: 0),
            actor: try row.decode(column: "actor", as: String.self),
            entity: AuditEntry.Entity(rawValue: entity) ?? .figure,
            key: try row.decode(column: "entity_key", as: String.self),
            action: try row.decode(column: "action", as: String.self),
            field: try row.decode(column: "field", as: String.self),
            oldValue: try row.decode(column: "old_value", as: String.self),
            newValue: try row.decode(column: "new_value", as: String.self),
            reason: try row.decode(column: "reason", as: String.self))
    }
}
