import FluentKit
import Foundation
import KTXHCore
import SQLKit

/// What `Store.importUnits` saved.
public struct UnitImportResult: Hashable, Sendable, Codable {
    public var versions = 0
    public var successions = 0
}

extension Store {
    static func upsertVersion(_ unit: AdminUnit, on sql: any SQLDatabase) async throws {
        try await insertVersions([unit], replacing: true, on: sql)
    }

    /// Loads unit lists and successor tables in one transaction. A code already in `admin_units` keeps its row
    /// (figures point at it), and a version already recorded keeps what it says: the national lists do not know
    /// a unit's earlier history (Xã Huyền Tụng, a ward only from 2015), which a user may have entered.
    @discardableResult
    public func importUnits(_ units: [AdminUnit], successions: [AdminUnitSuccession]) async throws -> UnitImportResult {
        try await transaction { sql in
            for batch in units.chunked(400) {
                var insert = sql.insert(into: "admin_units")
                    .columns("code", "name", "kind_name", "parent_code", "valid_from", "valid_to")
                for unit in batch {
                    insert = insert.values(
                        SQLBind(unit.code), SQLBind(unit.name), SQLBind(unit.kindName), SQLBind(unit.parentCode),
                        SQLBind(unit.validFrom?.iso), SQLBind(unit.validTo?.iso))
                }
                try await insert.ignoringConflicts(with: ["code"]).run()
                try await Self.insertVersions(Array(batch), replacing: false, on: sql)
            }
            for batch in successions.chunked(400) {
                var insert = sql.insert(into: "admin_unit_successions")
                    .columns("new_code", "new_name", "old_code", "old_name", "share", "effective_on")
                for row in batch {
                    insert = insert.values(
                        SQLBind(row.newCode), SQLBind(row.newName), SQLBind(row.oldCode), SQLBind(row.oldName),
                        SQLBind(row.share.code), SQLBind(row.effectiveOn.iso))
                }
                try await insert.onConflict(with: ["new_code", "old_code"]) {
                    $0.set(excludedValueOf: "new_name").set(excludedValueOf: "old_name").set(excludedValueOf: "share")
                        .set(excludedValueOf: "effective_on")
                }.run()
            }
            return UnitImportResult(versions: units.count, successions: successions.count)
        }
    }

    static func insertVersions(_ units: [AdminUnit], replacing: Bool, on sql: any SQLDatabase) async throws {
        guard !units.isEmpty else { return }
        var insert = sql.insert(into: "admin_unit_versions")
            .columns("code", "valid_from", "valid_to", "name", "kind_name", "parent_code")
        for unit in units {
            insert = insert.values(
                SQLBind(unit.code), SQLBind(unit.validFrom?.iso ?? ""), SQLBind(unit.validTo?.iso), SQLBind(unit.name),
                SQLBind(unit.kindName), SQLBind(unit.parentCode))
        }
        guard replacing else {
            try await insert.ignoringConflicts(with: ["code", "valid_from"]).run()
            return
        }
        try await insert.onConflict(with: ["code", "valid_from"]) {
            $0.set(excludedValueOf: "valid_to").set(excludedValueOf: "name").set(excludedValueOf: "kind_name")
                .set(excludedValueOf: "parent_code")
        }.run()
    }

    /// Every version of a code, oldest first.
    public func unitVersions(code: String) async throws -> [AdminUnit] {
        try await sql.select().columns("*").from("admin_unit_versions").where("code", .equal, code)
            .orderBy("valid_from").all().map(Self.decodeUnitVersion)
    }

    /// The unit a code named on `day`; nil when it named none.
    public func unit(code: String, at day: CalendarDay) async throws -> AdminUnit? {
        try await unitVersions(code: code).last { $0.isValid(on: day) }
    }

    /// The units directly under `code` on `day`.
    public func children(of code: String, at day: CalendarDay) async throws -> [AdminUnit] {
        try await sql.select().columns("*").from("admin_unit_versions").where("parent_code", .equal, code)
            .orderBy("code").all().map(Self.decodeUnitVersion).filter { $0.isValid(on: day) }
    }

    /// The units that went into `code` at a reorganisation.
    public func predecessors(of code: String) async throws -> [AdminUnitSuccession] {
        try await sql.select().columns("*").from("admin_unit_successions").where("new_code", .equal, code)
            .orderBy("old_code").all().map(Self.decodeSuccession)
    }

    /// The units `code` went into at a reorganisation.
    public func successors(of code: String) async throws -> [AdminUnitSuccession] {
        try await sql.select().columns("*").from("admin_unit_successions").where("old_code", .equal, code)
            .orderBy("new_code").all().map(Self.decodeSuccession)
    }

    /// How many unit versions and successor rows are stored.
    public func unitHistoryCounts() async throws -> (versions: Int, successions: Int) {
        let v = try await sql.raw("SELECT COUNT(*) AS n FROM admin_unit_versions").first()?.decode(column: "n", as: Int.self)
        let s = try await sql.raw("SELECT COUNT(*) AS n FROM admin_unit_successions").first()?.decode(column: "n", as: Int.self)
        return (v ?? 0, s ?? 0)
    }

    static func decodeUnitVersion(_ row: any SQLRow) throws -> AdminUnit {
        let from = try row.decode(column: "valid_from", as: String.self)
        return AdminUnit(
            code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
            kindName: try row.decode(column: "kind_name", as: String.self),
            parentCode: try row.decode(column: "parent_code", as: String?.self), validFrom: CalendarDay(from),
            validTo: try row.decode(column: "valid_to", as: String?.self).flatMap(CalendarDay.init))
    }

    static func decodeSuccession(_ row: any SQLRow) throws -> AdminUnitSuccession {
        let shareText = try row.decode(column: "share", as: String.self)
        let dayText = try row.decode(column: "effective_on", as: String.self)
        guard let share = AdminUnitSuccession.Share(code: shareText), let day = CalendarDay(dayText) else {
            throw StorageError("Dòng kế thừa đơn vị hành chính không hợp lệ («\(shareText)», «\(dayText)»).")
        }
        return AdminUnitSuccession(
            newCode: try row.decode(column: "new_code", as: String.self),
            newName: try row.decode(column: "new_name", as: String.self),
            oldCode: try row.decode(column: "old_code", as: String.self),
            oldName: try row.decode(column: "old_name", as: String.self), share: share, effectiveOn: day)
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
