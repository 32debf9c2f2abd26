import KTXHCore
import KTXHReading

/// Matches the names written in a file to the catalogue: first the database's indicators, then the
/// standard catalogue shipped with ktxh; a name that matches neither is proposed as a new indicator.
public struct IndicatorMatcher: Sendable {
    /// At or above this word overlap a different wording is offered as a probable match.
    public static let probableThreshold = 0.6

    private let database: Catalogue
    private let standard: Catalogue
    private let keys: [(key: Set<String>, indicator: Indicator, origin: IndicatorMatch.Origin)]

    public init(database: [Indicator], standard: Catalogue) {
        self.database = Catalogue(database)
        self.standard = standard
        let known = Set(database.map(\.code))
        var keys: [(Set<String>, Indicator, IndicatorMatch.Origin)] = []
        for indicator in database {
            for name in [indicator.name] + indicator.aliases { keys.append((NameKey.key(name), indicator, .database)) }
        }
        for indicator in standard.indicators where !known.contains(indicator.code) {
            for name in [indicator.name] + indicator.aliases { keys.append((NameKey.key(name), indicator, .standard)) }
        }
        self.keys = keys
    }

    /// The indicator `name` is, measured in `unit` when the row or the target says it: a name with the same
    /// words is never taken for an indicator measured otherwise ("Thu ngân sách … tăng 12%" is the budget's
    /// growth, not the budget; "GRDP bình quân đầu người: 3.700 USD" is the figure in dollars).
    public func match(_ name: String, unit: String? = nil, line: Int) -> IndicatorMatch? {
        let fits = { (indicator: Indicator) in MeasureUnit.compatible(unit ?? "", indicator.unitOfMeasure) }
        for (catalogue, origin) in [(database, IndicatorMatch.Origin.database), (standard, .standard)] {
            if let indicator = catalogue.matches(name).first(where: fits) {
                return IndicatorMatch(
                    written: name, line: line, indicator: indicator, confidence: .certain, origin: origin, score: 1)
            }
        }
        let key = NameKey.key(name)
        guard !key.isEmpty else { return nil }
        var best: (score: Double, indicator: Indicator, origin: IndicatorMatch.Origin)?
        for candidate in keys where fits(candidate.indicator) {
            let score = NameKey.similarity(key, candidate.key)
            if score > (best?.score ?? 0) { best = (score, candidate.indicator, candidate.origin) }
        }
        guard let best, best.score >= Self.probableThreshold else { return nil }
        return IndicatorMatch(
            written: name, line: line, indicator: best.indicator, confidence: best.score == 1 ? .certain : .probable,
            origin: best.origin, score: best.score)
    }
}
