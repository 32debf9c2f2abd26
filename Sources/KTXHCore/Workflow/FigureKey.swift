/// One figure as the workflow tracks it: an indicator, a unit and a period. Its values are the
/// `Observation` versions with the same three; its state is one `FigureState`.
public struct FigureKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public var indicatorCode: String
    public var unitCode: String
    public var period: Period

    public init(indicatorCode: String, unitCode: String, period: Period) {
        self.indicatorCode = indicatorCode
        self.unitCode = unitCode
        self.period = period
    }

    public init(_ observation: Observation) {
        self.init(indicatorCode: observation.indicatorCode, unitCode: observation.unitCode, period: observation.period)
    }

    /// `thu-nsnn@058/2025-H1`: how the audit trail names a figure.
    public var description: String { "\(indicatorCode)@\(unitCode)/\(period.code)" }
}
