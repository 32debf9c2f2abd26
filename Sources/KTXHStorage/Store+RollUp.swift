import FluentKit
import KTXHCore
import SQLKit

/// A higher unit's communes and all their figures, as one roll-up query returns them.
public struct CommuneFigures: Hashable, Sendable {
    /// The commune-level units under the higher unit on the day asked about, by code.
    public var communes: [AdminUnit]
    /// Every version of their figures for the indicators and periods asked about.
    public var figures: [Observation]
}

extension Store {
    /// The commune-level units under `parentCode` on `day` (directly, or through a district before 2025) with
    /// every version of their figures for the given indicators and periods: **one query for a whole roll-up table**,
    /// however many communes. A commune without a figure still comes back, so that it can be listed as not reported.
    ///
    /// Each figure comes back as one text of its fields: a roll-up reads tens of thousands of rows, and the
    /// drivers' cost is per cell decoded (BENCHMARKS.md, roll-up).
    public func communeFigures(under parentCode: String, at day: CalendarDay, indicatorCodes: [String], periods: [Period])
        async throws -> CommuneFigures
    {
        let d = day.iso
        let s = Self.fieldSeparator
        // No indicator asked for: the IN lists must not be empty, and no figure may match.
        let codes = indicatorCodes.isEmpty ? [""] : indicatorCodes
        let periodCodes = periods.isEmpty ? [""] : periods.map(\.code)
        let rows = try await sql.raw(
            """
            SELECT v.code || \(bind: s) || v.name || \(bind: s) || v.kind_name || \(bind: s) || COALESCE(v.parent_code, '')
                || \(bind: s) || v.valid_from || \(bind: s) || COALESCE(v.valid_to, '') AS unit, o.id,
                o.indicator_code || \(bind: s) || o.unit_code || \(bind: s) || o.period || \(bind: s)
                || o.value_kind || \(bind: s) || COALESCE(o.value, '') || \(bind: s) || COALESCE(o.numerator, '')
                || \(bind: s) || COALESCE(o.denominator, '') || \(bind: s) || o.kind || \(bind: s)
                || COALESCE(o.cutoff, '') AS figure
            FROM admin_unit_versions v
            LEFT JOIN observations o ON o.unit_code = v.code AND o.indicator_code IN (\(binds: codes))
                AND o.period IN (\(binds: periodCodes))
            WHERE LENGTH(v.code) = 5 AND (v.valid_from = '' OR v.valid_from <= \(bind: d))
              AND (v.valid_to IS NULL OR v.valid_to >= \(bind: d))
              AND (v.parent_code = \(bind: parentCode) OR v.parent_code IN (
                SELECT p.code FROM admin_unit_versions p
                WHERE p.parent_code = \(bind: parentCode) AND (p.valid_from = '' OR p.valid_from <= \(bind: d))
                  AND (p.valid_to IS NULL OR p.valid_to >= \(bind: d))))
            ORDER BY v.code, o.id
            """
        ).all()
        var result = CommuneFigures(communes: [], figures: [])
        result.figures.reserveCapacity(rows.count)
        // A commune's row repeats with each of its figures: read it once; a period is read once per code.
        var lastUnit = ""
        var periodsRead: [String: Period] = [:]
        for row in rows {
            let unit = try row.decode(column: "unit", as: String.self)
            if unit != lastUnit {
                result.communes.append(try Self.unpackUnit(unit))
                lastUnit = unit
            }
            guard let id = try row.decode(column: "id", as: Int64?.self),
                let figure = try row.decode(column: "figure", as: String?.self)
            else { continue }
            result.figures.append(try Self.unpackFigure(id: id, figure, periods: &periodsRead))
        }
        return result
    }

    /// The unit separator (U+001F): no code, name, period or figure contains it.
    static let fieldSeparator = "\u{1F}"

    static func fields(_ packed: String, count: Int) throws -> [String] {
        let fields = packed.split(separator: Character(fieldSeparator), omittingEmptySubsequences: false).map(String.init)
        guard fields.count == count else { throw StorageError("Dòng «\(packed)» trong cơ sở dữ liệu không hợp lệ.") }
        return fields
    }

    static func unpackUnit(_ packed: String) throws -> AdminUnit {
        let f = try fields(packed, count: 6)
        return AdminUnit(
            code: f[0], name: f[1], kindName: f[2], parentCode: f[3].isEmpty ? nil : f[3], validFrom: CalendarDay(f[4]),
            validTo: CalendarDay(f[5]))
    }

    static func unpackFigure(id: Int64, _ packed: String, periods: inout [String: Period]) throws -> Observation {
        let f = try fields(packed, count: 9)
        return Observation(
            id: id, indicatorCode: f[0], unitCode: f[1], period: try period(f[2], cache: &periods),
            value: try value(kind: f[3], text: f[4], numerator: f[5], denominator: f[6]),
            kind: Observation.Kind(rawValue: f[7]) ?? .actual, cutoff: CalendarDay(f[8]), version: Int(id))
    }
}
