import FluentKit
import Foundation
import KTXHCore
import SQLKit

/// A source of figures read one at a time (a million-line CSV), so an import never holds them all.
public protocol ObservationStream: AnyObject, Sendable {
    /// The next figure, nil at the end; throws to roll the whole import back.
    func next() throws -> Observation?
}

extension Store {
    /// Appends every figure of `stream` in one transaction, skipping each that repeats the latest stored
    /// version (decided in SQL, so memory stays flat however long the stream). `progress` is told the
    /// running count every `every` figures.
    public func append(
        streaming stream: some ObservationStream, recordedAt: Date, every: Int = 50_000,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws -> ApplyResult {
        let stamp = ISO8601DateFormatter().string(from: recordedAt)
        return try await transaction { sql in
            var result = ApplyResult()
            var seen = 0
            while let observation = try stream.next() {
                if try await Self.insertUnlessRepeated(observation, stamp: stamp, on: sql) {
                    result.observationsAdded += 1
                } else {
                    result.observationsRepeated += 1
                }
                seen += 1
                if seen % every == 0 { progress(seen) }
            }
            return result
        }
    }

    /// Inserts the figure unless the latest version of the same kind says the same; true when inserted.
    static func insertUnlessRepeated(_ observation: Observation, stamp: String, on sql: any SQLDatabase) async throws
        -> Bool
    {
        let c = valueColumns(observation.value)
        let o = observation
        let rows = try await sql.raw(
            """
            INSERT INTO observations (indicator_code, unit_code, period, value_kind, value, numerator, denominator,
                kind, cutoff, source, reported_by, recorded_at)
            SELECT \(bind: o.indicatorCode), \(bind: o.unitCode), \(bind: o.period.code), \(bind: c.kind), \(bind: c.value),
                \(bind: c.numerator), \(bind: c.denominator), \(bind: o.kind.rawValue), \(bind: o.cutoff?.iso),
                \(bind: o.source), \(bind: o.reportedBy), \(bind: stamp)
            WHERE NOT EXISTS (
                SELECT 1 FROM observations l
                WHERE l.id = (SELECT MAX(id) FROM observations WHERE indicator_code = \(bind: o.indicatorCode)
                    AND unit_code = \(bind: o.unitCode) AND period = \(bind: o.period.code) AND kind = \(bind: o.kind.rawValue))
                AND l.value_kind = \(bind: c.kind) AND COALESCE(l.value, '') = \(bind: c.value ?? "")
                AND COALESCE(l.numerator, '') = \(bind: c.numerator ?? "")
                AND COALESCE(l.denominator, '') = \(bind: c.denominator ?? "")
                AND COALESCE(l.cutoff, '') = \(bind: o.cutoff?.iso ?? ""))
            RETURNING id
            """
        ).all()
        return !rows.isEmpty
    }
}
