import Foundation

/// Bảng điều hành: where a plan stands in a period, for the leaders who decide and the delegates who oversee. It
/// counts the progress table's own evaluations, so the two never disagree.
public struct Dashboard: Hashable, Sendable {
    /// One judged indicator with what the dashboard groups and filters it by.
    public struct Item: Hashable, Sendable {
        public var row: ProgressTable.IndicatorRow
        /// The title of the plan section it stands in ("Kinh tế"); empty outside any section.
        public var section: String
        /// Who reports it (a department, or the unit itself), as the assignments name it.
        public var body: String

        public var label: EvaluationLabel? { row.evaluation?.label }
        /// True when no figure has come in for the period yet.
        public var isMissing: Bool { row.current == nil }
    }

    /// What a filter keeps: nil keeps everything.
    public struct Filter: Hashable, Sendable {
        public var section: String?
        public var body: String?
        public var label: EvaluationLabel?

        public init(section: String? = nil, body: String? = nil, label: EvaluationLabel? = nil) {
            self.section = section
            self.body = body
            self.label = label
        }

        public var isEmpty: Bool { section == nil && body == nil && label == nil }

        func keeps(_ item: Item) -> Bool {
            (section == nil || item.section == section) && (body == nil || item.body == body)
                && (label == nil || item.label == label)
        }
    }

    public var table: ProgressTable
    /// Every indicator row of the table with a label of its own (sub-indicators shown for reference are left out).
    public var items: [Item]
    /// Dự báo cả năm of the cumulative indicators that have a pace, by indicator code.
    public var projections: [String: Projection] = [:]

    /// `bodies` names who reports each indicator, by indicator code.
    public init(table: ProgressTable, bodies: [String: String]) {
        self.table = table
        var titles: [String: String] = [:]
        for case .section(let section) in table.rows { titles[section.path] = section.title }
        items = table.indicatorRows.filter { $0.evaluation?.label != nil }.map { row in
            Item(
                row: row, section: row.target.section.flatMap { titles[$0] } ?? "",
                body: bodies[row.indicator.code] ?? "")
        }
    }

    /// The sections in the plan's order, then the bodies and the labels that occur: what the filters offer.
    public var sections: [String] { Self.ordered(items.map(\.section)).filter { !$0.isEmpty } }
    public var bodies: [String] { Self.ordered(items.map(\.body)).filter { !$0.isEmpty }.sorted() }
    public var labels: [EvaluationLabel] { EvaluationLabel.allCases.filter { label in items.contains { $0.label == label } } }

    /// How many of `items` got each label.
    public static func counts(_ items: [Item]) -> [EvaluationLabel: Int] {
        items.reduce(into: [:]) { counts, item in
            if let label = item.label { counts[label, default: 0] += 1 }
        }
    }

    public func items(_ filter: Filter) -> [Item] { items.filter(filter.keeps) }

    /// Short of their target, the furthest behind first: lowest % KH, then those without a % KH in plan order.
    public func mostBehind(_ filter: Filter = Filter(), limit: Int = 10) -> [Item] {
        let behind = items(filter).filter { $0.label?.isShortfall == true }
        let measured = behind.filter { $0.row.evaluation?.percentOfPlan != nil }
            .sorted { ($0.row.evaluation?.percentOfPlan ?? 0) < ($1.row.evaluation?.percentOfPlan ?? 0) }
        let unmeasured = behind.filter { $0.row.evaluation?.percentOfPlan == nil }
        return Array((measured + unmeasured).prefix(limit))
    }

    /// Figures not in yet, grouped by who owes them, the bodies in name order.
    public func missing(_ filter: Filter = Filter()) -> [(body: String, items: [Item])] {
        let grouped = Dictionary(grouping: items(filter).filter(\.isMissing), by: \.body)
        return grouped.keys.sorted().map { ($0, grouped[$0] ?? []) }
    }

    private static func ordered(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
