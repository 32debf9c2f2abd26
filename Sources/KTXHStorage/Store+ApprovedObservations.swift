import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// The figures tables and documents count: every version of a figure outside the workflow (imported
    /// from a report), and for a figure entered on the web only the versions up to its last approval.
    /// A figure waiting for review does not reach the progress table.
    public func approvedObservations(unitCode: String, periods: [Period]) async throws -> [Observation] {
        guard !periods.isEmpty else { return [] }
        let rows = try await sql.raw(
            """
            SELECT o.* FROM observations o
            LEFT JOIN figure_states s ON s.indicator_code = o.indicator_code AND s.unit_code = o.unit_code
                AND s.period = o.period
            WHERE o.unit_code = \(bind: unitCode) AND o.period IN (\(binds: periods.map(\.code)))
                AND (s.indicator_code IS NULL OR o.id <= s.approved_observation_id)
            ORDER BY o.id
            """
        ).all()
        return try rows.map(Self.decodeObservation)
    }

    /// How many figures of `unitCode` for `period` are entered on the web and not approved yet.
    public func pendingFigureCount(unitCode: String, period: Period) async throws -> Int {
        let row = try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM figure_states
            WHERE unit_code = \(bind: unitCode) AND period = \(bind: period.code) AND status <> 'approved'
            """
        ).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }
}
