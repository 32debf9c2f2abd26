import KTXHCore
import KTXHStorage

/// Tổng hợp đã tính: roll-up tables kept while what they were computed from is unchanged, so that a province's
/// page read a hundred times between two saves is computed once.
///
/// Before a kept table is served, `Store.figuresStamp` reads what it would be computed from (each commune's row
/// on the map, and the count and newest id of their figures, from the lookup index alone). Figures are appended,
/// never changed, so a figure added since, a commune moved on the map or renamed, all change the stamp, and a
/// changed indicator or target is a different key: the table is then computed again. The stamp is read before
/// the figures, so a table is never kept under a stamp older than what it shows. Each process keeps its own
/// tables; two servers on one database both check the database, so neither serves the other's stale one.
public actor RollUpCache {
    struct Key: Hashable {
        var parentCode: String
        var day: CalendarDay
        var indicators: [Indicator]
        var periods: [Period]
        var mainPeriod: Period
        var targets: [String: TargetExpression]
    }

    /// A table as computed, with the communes it was computed over.
    public struct Table: Sendable {
        public var communes: [AdminUnit]
        public var figures: RolledUpFigures
    }

    private var tables: [Key: (stamp: FiguresStamp, table: Table)] = [:]
    private let capacity: Int
    public private(set) var computed = 0

    /// Keeps at most `capacity` tables (34 provinces × a few periods fit many times over).
    public init(capacity: Int = 1_024) {
        self.capacity = capacity
    }

    /// The roll-up of the communes under `parentCode` on `day`: the kept table when its stamp still holds, else
    /// computed from one query and kept.
    public func rolledUp(
        store: Store, parentCode: String, day: CalendarDay, indicators: [Indicator], periods: [Period],
        mainPeriod: Period, targets: [String: TargetExpression] = [:]
    ) async throws -> Table {
        let key = Key(
            parentCode: parentCode, day: day, indicators: indicators, periods: periods, mainPeriod: mainPeriod,
            targets: targets)
        let stamp = try await store.figuresStamp(under: parentCode, at: day, periods: periods)
        if let kept = tables[key], kept.stamp == stamp { return kept.table }
        let table = try await Self.compute(
            store: store, parentCode: parentCode, day: day, indicators: indicators, periods: periods,
            mainPeriod: mainPeriod, targets: targets)
        computed += 1
        if tables[key] == nil, tables.count >= capacity, let any = tables.keys.first { tables[any] = nil }
        tables[key] = (stamp, table)
        return table
    }

    /// The table computed afresh: the communes and every version of their figures in one query, then the core's
    /// rules.
    public static func compute(
        store: Store, parentCode: String, day: CalendarDay, indicators: [Indicator], periods: [Period],
        mainPeriod: Period, targets: [String: TargetExpression] = [:]
    ) async throws -> Table {
        let found = try await store.communeFigures(
            under: parentCode, at: day, indicatorCodes: indicators.map(\.code), periods: periods)
        let figures = RolledUpFigures.compute(
            parentCode: parentCode, members: found.communes.map { RollUp.Member(unitCode: $0.code) },
            indicators: indicators, observations: found.figures, periods: periods, mainPeriod: mainPeriod,
            targets: targets)
        return Table(communes: found.communes, figures: figures)
    }
}
