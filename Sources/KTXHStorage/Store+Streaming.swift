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
    /// Figures written by one statement: a few thousand parameters, under both databases' limits.
    static let appendBatch = 500

    /// Appends every figure of `stream` in one transaction, skipping each that repeats the latest stored
    /// version. Figures go in batches of `appendBatch`, each one statement that decides the repeats in SQL,
    /// so memory stays flat however long the stream. `progress` is told the running count every `every` figures.
    public func append(
        streaming stream: some ObservationStream, recordedAt: Date, every: Int = 50_000,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws -> ApplyResult {
        let stamp = ISO8601DateFormatter().string(from: recordedAt)
        return try await transaction { sql in
            var result = ApplyResult()
            var batch: [Observation] = []
            batch.reserveCapacity(Self.appendBatch)
            var seen = 0
            var ended = false
            while !ended {
                if let observation = try stream.next() {
                    batch.append(observation)
                    seen += 1
                    if seen % every == 0 { progress(seen) }
                } else {
                    ended = true
                }
                guard batch.count == Self.appendBatch || ended && !batch.isEmpty else { continue }
                let added = try await Self.insertUnlessRepeated(batch, stamp: stamp, on: sql)
                result.observationsAdded += added
                result.observationsRepeated += batch.count - added
                batch.removeAll(keepingCapacity: true)
            }
            return result
        }
    }

    /// Inserts each figure of `batch`, in order, unless it says what the latest version of its figure says;
    /// returns how many were inserted. The first of a figure in the batch is compared with the table, in the
    /// statement; a later one with the one before it in the batch, which is then the latest either way.
    static func insertUnlessRepeated(_ batch: [Observation], stamp: String, on sql: any SQLDatabase) async throws
        -> Int
    {
        var previous: [String: Observation] = [:]
        var rows: [SQLQueryString] = []
        for observation in batch {
            let earlier = previous[observation.versionKey]
            previous[observation.versionKey] = observation
            if let earlier, earlier.repeats(observation) { continue }
            let c = valueColumns(observation.value)
            let o = observation
            rows.append(
                """
                (\(bind: rows.count), \(bind: earlier == nil ? 1 : 0), \(bind: o.indicatorCode), \(bind: o.unitCode),
                \(bind: o.period.code), \(bind: c.kind), \(bind: c.value), \(bind: c.numerator), \(bind: c.denominator),
                \(bind: o.kind.rawValue), \(bind: o.cutoff?.iso), \(bind: o.source), \(bind: o.reportedBy))
                """)
        }
        guard !rows.isEmpty else { return 0 }
        // VALUES names its columns column1 … column13 on SQLite and PostgreSQL alike.
        let query: SQLQueryString =
            """
            INSERT INTO observations (indicator_code, unit_code, period, value_kind, value, numerator, denominator,
                kind, cutoff, source, reported_by, recorded_at)
            SELECT v.column3, v.column4, v.column5, v.column6, v.column7, v.column8, v.column9, v.column10, v.column11,
                v.column12, v.column13, \(bind: stamp)
            FROM (VALUES \(rows.joined(separator: ", "))) AS v
            WHERE v.column2 = 0 OR NOT EXISTS (
                SELECT 1 FROM observations l
                WHERE l.id = (SELECT MAX(id) FROM observations WHERE unit_code = v.column4
                    AND indicator_code = v.column3 AND period = v.column5 AND kind = v.column10)
                AND l.value_kind = v.column6 AND COALESCE(l.value, '') = COALESCE(v.column7, '')
                AND COALESCE(l.numerator, '') = COALESCE(v.column8, '')
                AND COALESCE(l.denominator, '') = COALESCE(v.column9, '')
                AND COALESCE(l.cutoff, '') = COALESCE(v.column11, ''))
            ORDER BY v.column1
            RETURNING id
            """
        return try await sql.raw(query).all().count
    }
}
