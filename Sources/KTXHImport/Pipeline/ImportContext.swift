import KTXHCore

/// What the database already holds that an import needs to know, read before the review is built.
public struct ImportContext: Sendable {
    public var indicators: [String: Indicator]
    public var units: [String: AdminUnit]
    /// Existing plans by key.
    public var plans: [String: PlanDocument]
    public var standard: Catalogue
    /// The national unit list, to recognise a unit the database does not have yet.
    public var nationalUnits: [AdminUnit]

    public init(
        indicators: [String: Indicator], units: [String: AdminUnit], plans: [String: PlanDocument],
        standard: Catalogue, nationalUnits: [AdminUnit]
    ) {
        self.indicators = indicators
        self.units = units
        self.plans = plans
        self.standard = standard
        self.nationalUnits = nationalUnits
    }

    /// The unit a document names ("thành phố Bắc Kạn"), from the database first, then the national list.
    func unit(named name: String) -> AdminUnit? {
        let key = TextNormalization.matchKey(name)
        let all = Array(units.values) + nationalUnits
        return all.first { TextNormalization.matchKey("\($0.kindName) \(Self.bareName($0))") == key }
            ?? all.first { TextNormalization.matchKey($0.name) == key }
    }

    /// "Thành Phố Bắc Kạn" → "Bắc Kạn".
    static func bareName(_ unit: AdminUnit) -> String {
        let name = TextNormalization.collapseSpaces(unit.name)
        let kindWords = unit.kindName.split(separator: " ").count
        return name.split(separator: " ").dropFirst(kindWords).joined(separator: " ")
    }

    /// The unit and its ancestors that the database lacks, parents first.
    func missingChain(for unit: AdminUnit) -> [AdminUnit] {
        var chain: [AdminUnit] = []
        var current: AdminUnit? = unit
        while let u = current, units[u.code] == nil {
            chain.insert(u, at: 0)
            current = u.parentCode.flatMap { code in nationalUnits.first { $0.code == code } }
        }
        return chain
    }
}
