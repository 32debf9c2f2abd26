import Foundation

/// Số liệu: one figure reported for an indicator, a unit and a period.
///
/// Figures are never overwritten: a revision is a new observation, and `Observation.current(in:)` picks
/// the one that counts.
public struct Observation: Hashable, Sendable, Codable {
    public var id: Int64?
    public var indicatorCode: String
    public var unitCode: String
    public var period: Period
    public var value: Value
    public var kind: Kind
    /// The date the figure is "as of" ("thực hiện đến ngày 31/5/2024").
    public var cutoff: CalendarDay?
    /// Where it comes from: the footnote or sentence, verbatim.
    public var source: String?
    /// Who reported it (a department or a person).
    public var reportedBy: String?
    /// Order of recording; a larger number is a later version.
    public var version: Int

    public init(
        id: Int64? = nil, indicatorCode: String, unitCode: String, period: Period, value: Value,
        kind: Kind = .actual, cutoff: CalendarDay? = nil, source: String? = nil, reportedBy: String? = nil,
        version: Int = 0
    ) {
        self.id = id
        self.indicatorCode = indicatorCode
        self.unitCode = unitCode
        self.period = period
        self.value = value
        self.kind = kind
        self.cutoff = cutoff
        self.source = source
        self.reportedBy = reportedBy
        self.version = version
    }

    /// Thực hiện · ước thực hiện.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case actual
        case estimate
    }

    public enum Value: Hashable, Sendable, Codable {
        case number(Decimal)
        /// The seeds' "X/Y": a rate from its numerator and denominator.
        case ratio(numerator: Decimal, denominator: Decimal)
        case yesNo(Bool)
        case text(String)

        /// The figure compared with a target; a ratio as a percentage.
        public var number: Decimal? {
            switch self {
            case .number(let v): v
            case .ratio(let n, let d): d == 0 ? nil : n / d * 100
            case .yesNo, .text: nil
            }
        }
    }

    /// Among the versions of one figure, the one that counts: an actual over an estimate (an estimate
    /// stands in until an actual arrives, as seed 001's table shows 72,4 actual beside the 86,6
    /// estimate), and among the same kind the latest recorded.
    public static func current(in versions: [Observation]) -> Observation? {
        versions.max { a, b in
            if a.kind != b.kind { return a.kind == .estimate }
            return a.version < b.version
        }
    }

    /// The number of the figure that counts, for each figure among `observations` (every version of each).
    public static func currentNumbers(in observations: [Observation]) -> [FigureKey: Decimal] {
        Dictionary(grouping: observations, by: FigureKey.init).compactMapValues { current(in: $0)?.value.number }
    }
}
