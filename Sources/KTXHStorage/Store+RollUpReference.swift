import FluentKit
import Foundation
import KTXHCore
import SQLKit

/// One row of the hand-written roll-up: a province's sum, numerator and denominator for one indicator.
public struct ReferenceRollUpRow: Hashable, Sendable {
    public var provinceCode: String
    public var indicatorCode: String
    public var total: Double?
    public var numerator: Double?
    public var denominator: Double?
    public var reported: Int
}

extension Store {
    /// The roll-up benchmark's reference: every province's figures from its communes as one hand-written
    /// GROUP BY, the way a database person would write it for the two-level (2025) map: the current version of
    /// each figure (the final figure over an estimate, then the latest), summed. It knows nothing of divided units
    /// or aggregation rules; the benchmark data gives it none to know.
    public func handWrittenRollUp(period: Period, at day: CalendarDay) async throws -> [ReferenceRollUpRow] {
        let d = day.iso
        let rows = try await sql.raw(
            """
            WITH current AS (
                SELECT unit_code, indicator_code, value, numerator, denominator, ROW_NUMBER() OVER (
                    PARTITION BY unit_code, indicator_code
                    ORDER BY CASE kind WHEN 'actual' THEN 1 ELSE 0 END DESC, id DESC) AS rank
                FROM observations WHERE period = \(bind: period.code))
            SELECT v.parent_code AS province, o.indicator_code AS indicator,
                CAST(SUM(CAST(o.value AS NUMERIC)) AS DOUBLE PRECISION) AS total,
                CAST(SUM(CAST(o.numerator AS NUMERIC)) AS DOUBLE PRECISION) AS num,
                CAST(SUM(CAST(o.denominator AS NUMERIC)) AS DOUBLE PRECISION) AS den, COUNT(*) AS n
            FROM current o JOIN admin_unit_versions v ON v.code = o.unit_code
            WHERE o.rank = 1 AND LENGTH(v.code) = 5
              AND (v.valid_from = '' OR v.valid_from <= \(bind: d)) AND (v.valid_to IS NULL OR v.valid_to >= \(bind: d))
            GROUP BY v.parent_code, o.indicator_code
            """
        ).all()
        return try rows.map { row in
            ReferenceRollUpRow(
                provinceCode: try row.decode(column: "province", as: String.self),
                indicatorCode: try row.decode(column: "indicator", as: String.self),
                total: try row.decode(column: "total", as: Double?.self),
                numerator: try row.decode(column: "num", as: Double?.self),
                denominator: try row.decode(column: "den", as: Double?.self), reported: try row.decode(column: "n", as: Int.self))
        }
    }
}
