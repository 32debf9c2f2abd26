import KTXHCore

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

    public func match(_ name: String, line: Int) -> IndicatorMatch? {
        if let indicator = database.match(name) {
            return IndicatorMatch(
                written: name, line: line, indicator: indicator, confidence: .certain, origin: .database, score: 1)
        }
        if let indicator = standard.match(name) {
            return IndicatorMatch(
                written: name, line: line, indicator: indicator, confidence: .certain, origin: .standard, score: 1)
        }
        let key = NameKey.key(name)
        guard !key.isEmpty else { return nil }
        var best: (score: Double, indicator: Indicator, origin: IndicatorMatch.Origin)?
        for candidate in keys {
            let score = NameKey.similarity(key, candidate.key)
            if score > (best?.score ?? 0) { best = (score, candidate.indicator, candidate.origin) }
        }
        guard let best, best.score >= Self.probableThreshold else { return nil }
        return IndicatorMatch(
            written: name, line: line, indicator: best.indicator, confidence: best.score == 1 ? .certain : .probable,
            origin: best.origin, score: best.score)
    }
}
