import KTXHCore
import KTXHReading

/// Decides which indicator each table row is, remembering how sure each decision was and which
/// indicators the import must add to the catalogue.
struct RowResolver {
    let matcher: IndicatorMatcher
    let confirm: Bool
    var matches: [IndicatorMatch] = []
    var additions: [Indicator] = []
    private var taken: Set<String>

    init(context: ImportContext, confirm: Bool) {
        matcher = IndicatorMatcher(database: Array(context.indicators.values), standard: context.standard)
        self.confirm = confirm
        taken = Set(context.indicators.keys).union(context.standard.indicators.map(\.code))
    }

    mutating func resolve(_ item: PlanTable.Item, line: Int, section: String?, parent: String?) -> Indicator {
        if var match = matcher.match(item.name, unit: item.unit, line: line), Self.plausible(match, among: matches) {
            if match.origin == .standard, !additions.contains(where: { $0.code == match.indicator.code }) {
                // A standard indicator's parent must come along, or the catalogue would point nowhere.
                if match.indicator.parentCode != nil && parent == nil { match.indicator.parentCode = nil }
                additions.append(match.indicator)
            }
            if match.confidence == .probable && confirm { match.confidence = .certain }
            matches.append(match)
            return match.indicator
        }
        return propose(item, line: line, section: section, parent: parent)
    }

    /// A near name is a guess: it is not taken when another row of the table already is that indicator
    /// ("Tỷ lệ hộ cận nghèo" under "Tỷ lệ hộ nghèo").
    static func plausible(_ match: IndicatorMatch, among earlier: [IndicatorMatch]) -> Bool {
        match.confidence != .probable || !earlier.contains { $0.indicator.code == match.indicator.code }
    }

    private mutating func propose(_ item: PlanTable.Item, line: Int, section: String?, parent: String?) -> Indicator {
        let proposal = IndicatorProposal.make(
            name: item.name, unit: item.unit, section: section, parent: parent, taken: taken)
        taken.insert(proposal.code)
        additions.append(proposal)
        matches.append(
            IndicatorMatch(written: item.name, line: line, indicator: proposal, confidence: .new, origin: .proposed, score: 0))
        return proposal
    }
}
