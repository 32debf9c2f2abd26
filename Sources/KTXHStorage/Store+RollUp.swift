import FluentKit
import KTXHCore
import SQLKit

extension Store {
    /// The commune-level units under `parentCode` on `day`, directly or through a district: one query.
    public func communes(under parentCode: String, at day: CalendarDay) async throws -> [AdminUnit] {
        let d = day.iso
        let rows = try await sql.raw(
            """
            SELECT v.* FROM admin_unit_versions v
            WHERE LENGTH(v.code) = 5 AND (v.valid_from = '' OR v.valid_from <= \(bind: d))
              AND (v.valid_to IS NULL OR v.valid_to >= \(bind: d))
              AND (v.parent_code = \(bind: parentCode) OR v.parent_code IN (
                SELECT p.code FROM admin_unit_versions p
                WHERE p.parent_code = \(bind: parentCode) AND (p.valid_from = '' OR p.valid_from <= \(bind: d))
                  AND (p.valid_to IS NULL OR p.valid_to >= \(bind: d))))
            ORDER BY v.code
            """
        ).all()
        return try rows.map(Self.decodeUnitVersion)
    }

    /// Every version of the figures of the commune-level units under `parentCode` on `day` for the given
    /// indicators and periods: one query for a whole roll-up table, however many communes.
    public func communeFigures(under parentCode: String, at day: CalendarDay, indicatorCodes: [String], periods: [Period])
        async throws -> [Observation]
    {
        guard !indicatorCodes.isEmpty, !periods.isEmpty else { return [] }
        let d = day.iso
        let rows = try await sql.raw(
            """
            SELECT o.* FROM observations o
            WHERE o.indicator_code IN (\(binds: indicatorCodes)) AND o.period IN (\(binds: periods.map(\.code)))
              AND o.unit_code IN (
                SELECT v.code FROM admin_unit_versions v
                WHERE LENGTH(v.code) = 5 AND (v.valid_from = '' OR v.valid_from <= \(bind: d))
                  AND (v.valid_to IS NULL OR v.valid_to >= \(bind: d))
                  AND (v.parent_code = \(bind: parentCode) OR v.parent_code IN (
                    SELECT p.code FROM admin_unit_versions p
                    WHERE p.parent_code = \(bind: parentCode) AND (p.valid_from = '' OR p.valid_from <= \(bind: d))
                      AND (p.valid_to IS NULL OR p.valid_to >= \(bind: d)))))
            ORDER BY o.id
            """
        ).all()
        return try rows.map(Self.decodeObservation)
    }
}
