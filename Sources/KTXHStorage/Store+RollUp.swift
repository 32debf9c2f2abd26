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

/// Dấu hiệu số liệu: what a roll-up table was computed from, to tell whether it still holds (`Store.figuresStamp`).
public struct FiguresStamp: Hashable, Sendable {
    /// Each commune's row as the map has it (code, name, kind, parent, validity).
    public var communes: [String]
    public var figures: Int
    public var newest: Int64
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
        let s = Self.fieldSeparator
        let rows = try await sql.raw(
            """
            SELECT \(Self.packedUnit) AS unit, o.id,
                o.indicator_code || \(bind: s) || o.unit_code || \(bind: s) || o.period || \(bind: s)
                || o.value_kind || \(bind: s) || COALESCE(o.value, '') || \(bind: s) || COALESCE(o.numerator, '')
                || \(bind: s) || COALESCE(o.denominator, '') || \(bind: s) || o.kind || \(bind: s)
                || COALESCE(o.cutoff, '') AS figure
            \(Self.communes(under: parentCode, at: day, withFiguresOf: indicatorCodes, periods: periods))
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

    /// What a roll-up of the same communes and periods was computed from: the communes as the map has them on
    /// `day`, and how many figures they have for the periods, of any indicator, and the newest one's id. Figures
    /// are appended and never changed, so an equal stamp means equal figures. It counts every indicator, not
    /// only the table's: the lookup index then serves each commune as one range instead of a seek per indicator
    /// and period (23 ms against 4 ms for a province of 168 communes), and a figure of another indicator only
    /// makes a table computed again that had not changed.
    public func figuresStamp(under parentCode: String, at day: CalendarDay, periods: [Period]) async throws
        -> FiguresStamp
    {
        let units = try await sql.raw(
            "SELECT \(Self.packedUnit) AS unit \(Self.communes(under: parentCode, at: day)) ORDER BY v.code"
        ).all()
        // One total over the lookup index, not one per commune: grouping the figures by commune costs more
        // than the whole count.
        let totals = try await sql.raw(
            """
            SELECT COUNT(o.id) AS figures, COALESCE(MAX(o.id), 0) AS newest
            \(Self.communes(under: parentCode, at: day, periods: periods))
            """
        ).first()
        return FiguresStamp(
            communes: try units.map { try $0.decode(column: "unit", as: String.self) },
            figures: try totals?.decode(column: "figures", as: Int.self) ?? 0,
            newest: try totals?.decode(column: "newest", as: Int64.self) ?? 0)
    }

    /// A commune's row as one text, so that a roll-up decodes one cell per commune.
    static let packedUnit: SQLQueryString = """
        v.code || \(bind: fieldSeparator) || v.name || \(bind: fieldSeparator) || v.kind_name || \(bind: fieldSeparator)
            || COALESCE(v.parent_code, '') || \(bind: fieldSeparator) || v.valid_from || \(bind: fieldSeparator)
            || COALESCE(v.valid_to, '')
        """

    /// The commune-level units under `parentCode` on `day` (directly, or through a district before 2025), each
    /// joined with its figures for the indicators and periods when they are given: the FROM and WHERE a roll-up
    /// reads through.
    static func communes(
        under parentCode: String, at day: CalendarDay, withFiguresOf indicatorCodes: [String]? = nil,
        periods: [Period]? = nil
    ) -> SQLQueryString {
        let d = day.iso
        var query: SQLQueryString = "FROM admin_unit_versions v"
        if let periods {
            // Nothing asked for: the IN lists must not be empty, and no figure may match.
            let periodCodes = periods.isEmpty ? [""] : periods.map(\.code)
            query += " LEFT JOIN observations o ON o.unit_code = v.code AND o.period IN (\(binds: periodCodes))"
            if let indicatorCodes {
                query += " AND o.indicator_code IN (\(binds: indicatorCodes.isEmpty ? [""] : indicatorCodes))"
            }
        }
        return query
            + """
             WHERE LENGTH(v.code) = 5 AND (v.valid_from = '' OR v.valid_from <= \(bind: d))
              AND (v.valid_to IS NULL OR v.valid_to >= \(bind: d))
              AND (v.parent_code = \(bind: parentCode) OR v.parent_code IN (
                SELECT p.code FROM admin_unit_versions p
                WHERE p.parent_code = \(bind: parentCode) AND (p.valid_from = '' OR p.valid_from <= \(bind: d))
                  AND (p.valid_to IS NULL OR p.valid_to >= \(bind: d))))
            """
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
