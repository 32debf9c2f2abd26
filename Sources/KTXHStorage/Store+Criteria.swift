import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    static func save(set: CriteriaSet, on sql: any SQLDatabase) async throws {
        let document = String(decoding: try JSONEncoder().encode(set), as: UTF8.self)
        try await sql.delete(from: "criteria_sets").where("key", .equal, set.key).run()
        try await sql.insert(into: "criteria_sets")
            .columns("key", "name", "tier", "scope_code", "valid_from", "valid_to", "document")
            .values(
                SQLBind(set.key), SQLBind(set.name), SQLBind(set.tier.rawValue), SQLBind(set.scopeCode),
                SQLBind(set.validFrom.iso), SQLBind(set.validTo?.iso), SQLBind(document)
            )
            .run()
    }

    /// Replaces the records of the same kind, unit and year, so that loading a file twice keeps one copy.
    static func save(records: CriteriaRecords, on sql: any SQLDatabase) async throws {
        var rows: [(kind: String, unit: String, year: Int, document: Data)] = []
        let encoder = JSONEncoder()
        for item in records.recognitions { rows.append(("recognition", item.unitCode, item.year, try encoder.encode(item))) }
        for item in records.statedResults { rows.append(("stated-result", item.unitCode, item.year, try encoder.encode(item))) }
        for item in records.statedCounts { rows.append(("stated-count", item.parentCode, item.year, try encoder.encode(item))) }
        for item in records.roadmap { rows.append(("roadmap", item.unitCode, item.year, try encoder.encode(item))) }
        var cleared = Set<String>()
        for row in rows where cleared.insert("\(row.kind)|\(row.unit)|\(row.year)").inserted {
            try await sql.delete(from: "criteria_records").where("kind", .equal, row.kind)
                .where("unit_code", .equal, row.unit).where("year", .equal, row.year).run()
        }
        for row in rows {
            try await sql.insert(into: "criteria_records").columns("kind", "unit_code", "year", "document")
                .values(
                    SQLBind(row.kind), SQLBind(row.unit), SQLBind(row.year),
                    SQLBind(String(decoding: row.document, as: UTF8.self))
                )
                .run()
        }
    }

    /// Every criteria set, oldest first.
    public func criteriaSets() async throws -> [CriteriaSet] {
        let rows = try await sql.select().column("document").from("criteria_sets").orderBy("valid_from").orderBy("key").all()
        return try rows.map {
            try JSONDecoder().decode(CriteriaSet.self, from: Data(try $0.decode(column: "document", as: String.self).utf8))
        }
    }

    /// The records saved for these units (as unit or as parent), all years.
    public func criteriaRecords(unitCodes: [String]) async throws -> CriteriaRecords {
        guard !unitCodes.isEmpty else { return CriteriaRecords() }
        let rows = try await sql.select().columns("kind", "document").from("criteria_records")
            .where("unit_code", .in, unitCodes).orderBy("year").orderBy("id").all()
        var records = CriteriaRecords()
        let decoder = JSONDecoder()
        for row in rows {
            let data = Data(try row.decode(column: "document", as: String.self).utf8)
            switch try row.decode(column: "kind", as: String.self) {
            case "recognition": records.recognitions.append(try decoder.decode(Recognition.self, from: data))
            case "stated-result": records.statedResults.append(try decoder.decode(StatedCriteriaResult.self, from: data))
            case "stated-count": records.statedCounts.append(try decoder.decode(StatedUnitCount.self, from: data))
            default: records.roadmap.append(try decoder.decode(RoadmapEntry.self, from: data))
            }
        }
        return records
    }

    /// The unit `code` named on `day`, or, for a code without history, its one stored row.
    public func unitOrCurrent(code: String, at day: CalendarDay) async throws -> AdminUnit? {
        if let version = try await unit(code: code, at: day) { return version }
        return try await unit(code: code)
    }

    /// The unit's code and its parents' codes as they were on `day`: what a set's scope is matched against.
    public func scopeChain(code: String, at day: CalendarDay) async throws -> [String] {
        var chain = [code]
        var current = try await unitOrCurrent(code: code, at: day)
        while let parent = current?.parentCode, !chain.contains(parent), chain.count < 5 {
            chain.append(parent)
            current = try await unitOrCurrent(code: parent, at: day)
        }
        return chain
    }
}
