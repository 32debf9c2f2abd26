import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// Saves administrative units, replacing those with the same code; all or nothing.
    public func save(units: [AdminUnit]) async throws {
        try await applyUntimed(ChangeSet(units: units))
    }

    static func upsert(_ unit: AdminUnit, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "admin_units")
            .columns("code", "name", "kind_name", "parent_code", "valid_from", "valid_to")
            .values(
                SQLBind(unit.code), SQLBind(unit.name), SQLBind(unit.kindName), SQLBind(unit.parentCode),
                SQLBind(unit.validFrom?.iso), SQLBind(unit.validTo?.iso)
            )
            .onConflict(with: ["code"]) {
                $0.set(excludedValueOf: "name").set(excludedValueOf: "kind_name")
                    .set(excludedValueOf: "parent_code").set(excludedValueOf: "valid_from")
                    .set(excludedValueOf: "valid_to")
            }
            .run()
        try await Self.upsertVersion(unit, on: sql)
    }

    public func unit(code: String) async throws -> AdminUnit? {
        try await sql.select().columns("*").from("admin_units").where("code", .equal, code).first()
            .map(Self.decodeUnit)
    }

    public func units() async throws -> [AdminUnit] {
        try await sql.select().columns("*").from("admin_units").orderBy("code").all().map(Self.decodeUnit)
    }

    static func decodeUnit(_ row: any SQLRow) throws -> AdminUnit {
        AdminUnit(
            code: try row.decode(column: "code", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            kindName: try row.decode(column: "kind_name", as: String.self),
            parentCode: try row.decode(column: "parent_code", as: String?.self),
            validFrom: try row.decode(column: "valid_from", as: String?.self).flatMap(CalendarDay.init),
            validTo: try row.decode(column: "valid_to", as: String?.self).flatMap(CalendarDay.init)
        )
    }

    /// Saves indicators, replacing those with the same code; all or nothing.
    public func save(indicators: [Indicator]) async throws {
        try await applyUntimed(ChangeSet(indicators: indicators))
    }

    static func upsert(_ indicator: Indicator, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "indicators")
            .columns(
                "code", "name", "unit_of_measure", "section", "parent_code", "kind", "direction", "accumulation",
                "judged_at_year_end", "department", "aliases", "aggregation"
            )
            .values(
                SQLBind(indicator.code), SQLBind(indicator.name), SQLBind(indicator.unitOfMeasure),
                SQLBind(indicator.section), SQLBind(indicator.parentCode), SQLBind(indicator.kind.rawValue),
                SQLBind(indicator.direction.rawValue), SQLBind(indicator.accumulation.rawValue),
                SQLBind(indicator.judgedAtYearEnd ? 1 : 0), SQLBind(indicator.department),
                SQLBind(indicator.aliases.joined(separator: "\n")), SQLBind(indicator.aggregation.rawValue)
            )
            .onConflict(with: ["code"]) {
                $0.set(excludedValueOf: "name").set(excludedValueOf: "unit_of_measure")
                    .set(excludedValueOf: "section").set(excludedValueOf: "parent_code").set(excludedValueOf: "kind")
                    .set(excludedValueOf: "direction").set(excludedValueOf: "accumulation")
                    .set(excludedValueOf: "judged_at_year_end").set(excludedValueOf: "department")
                    .set(excludedValueOf: "aliases").set(excludedValueOf: "aggregation")
            }
            .run()
    }

    /// The whole catalogue, by code.
    public func indicators() async throws -> [String: Indicator] {
        let rows = try await sql.select().columns("*").from("indicators").all()
        let list = try rows.map(Self.decodeIndicator)
        return Dictionary(list.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    static func decodeIndicator(_ row: any SQLRow) throws -> Indicator {
        let aliases = try row.decode(column: "aliases", as: String.self)
        return Indicator(
            code: try row.decode(column: "code", as: String.self),
            name: try row.decode(column: "name", as: String.self),
            unitOfMeasure: try row.decode(column: "unit_of_measure", as: String.self),
            section: try row.decode(column: "section", as: String?.self),
            parentCode: try row.decode(column: "parent_code", as: String?.self),
            kind: Indicator.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .text,
            direction: Indicator.Direction(rawValue: try row.decode(column: "direction", as: String.self)) ?? .none,
            accumulation: Indicator.Accumulation(rawValue: try row.decode(column: "accumulation", as: String.self))
                ?? .stock,
            judgedAtYearEnd: try row.decode(column: "judged_at_year_end", as: Int.self) != 0,
            department: try row.decode(column: "department", as: String?.self),
            aliases: aliases.isEmpty ? [] : aliases.components(separatedBy: "\n"),
            aggregation: try row.decode(column: "aggregation", as: String?.self).flatMap(AggregationRule.init(rawValue:))
        )
    }
}
