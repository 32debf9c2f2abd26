import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// Appends figures in one transaction. Nothing is overwritten: each is a new version, except that a
    /// figure repeating the latest version of the same kind is skipped.
    public func add(observations: [Observation], recordedAt: Date) async throws {
        try await apply(ChangeSet(observations: observations), recordedAt: recordedAt)
    }

    static func insert(_ observation: Observation, stamp: String, on sql: any SQLDatabase) async throws {
        let columns = Self.valueColumns(observation.value)
        try await sql.insert(into: "observations")
            .columns(
                "indicator_code", "unit_code", "period", "value_kind", "value", "numerator", "denominator",
                "kind", "cutoff", "source", "reported_by", "recorded_at"
            )
            .values(
                SQLBind(observation.indicatorCode), SQLBind(observation.unitCode),
                SQLBind(observation.period.code), SQLBind(columns.kind), SQLBind(columns.value),
                SQLBind(columns.numerator), SQLBind(columns.denominator), SQLBind(observation.kind.rawValue),
                SQLBind(observation.cutoff?.iso), SQLBind(observation.source), SQLBind(observation.reportedBy),
                SQLBind(stamp)
            )
            .run()
    }

    /// The latest version of each (indicator, unit, period, kind) among `candidates`' keys, read on `sql`.
    static func latestVersions(matching candidates: [Observation], on sql: any SQLDatabase) async throws
        -> [Observation]
    {
        let units = Array(Set(candidates.map(\.unitCode)))
        let periods = Array(Set(candidates.map(\.period.code)))
        guard !units.isEmpty else { return [] }
        let rows = try await sql.select().columns("*").from("observations")
            .where("unit_code", .in, units).where("period", .in, periods).orderBy("id").all()
        var latest: [String: Observation] = [:]
        for row in rows {
            let observation = try decodeObservation(row)
            latest[observation.versionKey] = observation
        }
        return Array(latest.values)
    }

    /// Every version of every figure of `unitCode` for the given periods, oldest first.
    public func observations(unitCode: String, periods: [Period]) async throws -> [Observation] {
        guard !periods.isEmpty else { return [] }
        let rows = try await sql.select().columns("*").from("observations")
            .where("unit_code", .equal, unitCode)
            .where("period", .in, periods.map(\.code))
            .orderBy("id").all()
        return try rows.map(Self.decodeObservation)
    }

    /// The number of figures stored, all versions counted.
    public func observationCount() async throws -> Int {
        guard let row = try await sql.raw("SELECT COUNT(*) AS n FROM observations").first() else { return 0 }
        return try row.decode(column: "n", as: Int.self)
    }

    static func valueColumns(_ value: Observation.Value) -> (
        kind: String, value: String?, numerator: String?, denominator: String?
    ) {
        switch value {
        case .number(let v): ("number", "\(v)", nil, nil)
        case .ratio(let n, let d): ("ratio", nil, "\(n)", "\(d)")
        case .yesNo(let b): ("yesno", b ? "1" : "0", nil, nil)
        case .text(let t): ("text", t, nil, nil)
        }
    }

    static func decodeObservation(_ row: any SQLRow) throws -> Observation {
        let id = try row.decode(column: "id", as: Int64.self)
        return Observation(
            id: id,
            indicatorCode: try row.decode(column: "indicator_code", as: String.self),
            unitCode: try row.decode(column: "unit_code", as: String.self),
            period: try decodePeriod(row, "period"),
            value: try value(
                kind: try row.decode(column: "value_kind", as: String.self),
                text: try row.decode(column: "value", as: String?.self),
                numerator: try row.decode(column: "numerator", as: String?.self),
                denominator: try row.decode(column: "denominator", as: String?.self)),
            kind: Observation.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .actual,
            cutoff: try row.decode(column: "cutoff", as: String?.self).flatMap(CalendarDay.init),
            source: try row.decode(column: "source", as: String?.self),
            reportedBy: try row.decode(column: "reported_by", as: String?.self),
            version: Int(id)
        )
    }

    /// A figure's value from its stored columns.
    static func value(kind: String, text: String?, numerator: String?, denominator: String?) throws -> Observation.Value {
        switch kind {
        case "number": .number(try decimal(text))
        case "ratio": .ratio(numerator: try decimal(numerator), denominator: try decimal(denominator))
        case "yesno": .yesNo(text == "1")
        default: .text(text ?? "")
        }
    }

    /// Made once: building a locale per figure was most of the time of reading a large table.
    private static let posix = Locale(identifier: "en_US_POSIX")

    static func decimal(_ text: String?) throws -> Decimal {
        if let text, let value = plainDecimal(text) { return value }
        guard let text, let value = Decimal(string: text, locale: posix) else {
            throw StorageError("Giá trị số «\(text ?? "")» trong cơ sở dữ liệu không hợp lệ.")
        }
        return value
    }

    /// "4227", "-72.4", "0.125": the way figures are stored, read without `Decimal(string:)`, which scans
    /// character by character through a `Scanner`. Exact: the digits become an integer significand and the
    /// decimals its exponent; nil for anything else (then the slow path reads it).
    static func plainDecimal(_ text: String) -> Decimal? {
        var significand: UInt64 = 0
        var digits = 0
        var decimals = 0
        var negative = false
        var seenPoint = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: negative = true
            case UInt8(ascii: "."):
                guard !seenPoint else { return nil }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits <= 18 else { return nil }
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                if seenPoint { decimals += 1 }
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: -decimals, significand: Decimal(significand))
    }
}

extension Observation {
    /// The versions of one figure share this key; each kind keeps its own latest version.
    var versionKey: String { "\(indicatorCode)|\(unitCode)|\(period.code)|\(kind.rawValue)" }
}

extension Store {
    /// How many of `observations` repeat the latest stored version and would not be stored again.
    public func repeatedObservations(_ observations: [Observation]) async throws -> Int {
        let latest = Dictionary(
            try await Self.latestVersions(matching: observations, on: sql).map { ($0.versionKey, $0) },
            uniquingKeysWith: { _, b in b })
        return observations.filter { latest[$0.versionKey]?.repeats($0) == true }.count
    }
}

extension Store {
    /// Every version of the figures of several units for the given periods, oldest first, in one query.
    public func observations(unitCodes: [String], periods: [Period]) async throws -> [Observation] {
        guard !unitCodes.isEmpty, !periods.isEmpty else { return [] }
        let rows = try await sql.select().columns("*").from("observations")
            .where("unit_code", .in, unitCodes).where("period", .in, periods.map(\.code))
            .orderBy("id").all()
        return try rows.map(Self.decodeObservation)
    }
}
