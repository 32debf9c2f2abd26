import KTXHCore
import KTXHReading

/// What the database already holds that an import needs to know, read before the review is built.
public struct ImportContext: Sendable {
    public var indicators: [String: Indicator]
    public var units: [String: AdminUnit] { didSet { byName = Self.nameIndex(units, nationalUnits) } }
    /// Existing plans by key.
    public var plans: [String: PlanDocument]
    public var standard: Catalogue
    /// The national unit list, to recognise a unit the database does not have yet.
    public var nationalUnits: [AdminUnit] { didSet { byName = Self.nameIndex(units, nationalUnits) } }
    /// Units by the keys of their names ("huyện vĩnh linh", "xã đức giang"): the database's first.
    private var byName: [String: [AdminUnit]] = [:]

    public init(
        indicators: [String: Indicator], units: [String: AdminUnit], plans: [String: PlanDocument],
        standard: Catalogue, nationalUnits: [AdminUnit]
    ) {
        self.indicators = indicators
        self.units = units
        self.plans = plans
        self.standard = standard
        self.nationalUnits = nationalUnits
        byName = Self.nameIndex(units, nationalUnits)
    }

    private static func nameIndex(_ units: [String: AdminUnit], _ national: [AdminUnit]) -> [String: [AdminUnit]] {
        var index: [String: [AdminUnit]] = [:]
        for unit in units.values.sorted(by: { $0.code < $1.code }) + national {
            let keys = Set([
                TextNormalization.matchKey("\(unit.kindName) \(bareName(unit))"), TextNormalization.matchKey(unit.name),
            ])
            for key in keys where !(index[key]?.contains { $0.code == unit.code } ?? false) {
                index[key, default: []].append(unit)
            }
        }
        return index
    }

    /// The units named by the longest start of `phrase`: "huyện VĨNH LINH KHÓA VII" is huyện Vĩnh Linh; "xã Đức
    /// Giang" is any of four communes, the database's own first.
    func units(namedAtStartOf phrase: String) -> [AdminUnit] {
        let words = phrase.split(separator: " ")
        for count in stride(from: words.count, through: 2, by: -1) {
            if let found = byName[TextNormalization.matchKey(words.prefix(count).joined(separator: " "))] { return found }
        }
        return []
    }

    /// The unit with `code`, the database's first.
    func unit(code: String) -> AdminUnit? {
        units[code] ?? nationalUnits.first { $0.code == code }
    }

    /// `unit` lies in `area`: its parent, or its parent's parent, is `area` (a commune of a district or of a
    /// province).
    func isWithin(_ unit: AdminUnit, _ area: AdminUnit) -> Bool {
        guard let parent = unit.parentCode else { return false }
        if parent == area.code { return true }
        return self.unit(code: parent)?.parentCode == area.code
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
            current = u.parentCode.flatMap(self.unit(code:))
        }
        return chain
    }
}
