extension CriteriaSet {
    /// The set a unit's result for `year` is judged under: of the sets of `tier` in force at some time in the
    /// year, the one issued for the unit's own territory before a national one, then the latest.
    ///
    /// - Parameter scopeChain: the unit's code followed by its parents' codes as they were that year
    ///   (commune, district, province).
    public static func inForce(
        _ sets: [CriteriaSet], year: Int, scopeChain: [String], tier: Tier = .standard
    ) -> CriteriaSet? {
        guard let first = CalendarDay(year: year, month: 1, day: 1), let last = CalendarDay(year: year, month: 12, day: 31)
        else { return nil }
        let candidates = sets.filter { set in
            set.tier == tier && set.validFrom <= last && (set.validTo.map { $0 >= first } ?? true)
                && (set.scopeCode.map { scopeChain.contains($0) } ?? true)
        }
        func specificity(_ set: CriteriaSet) -> Int {
            set.scopeCode.flatMap { scopeChain.firstIndex(of: $0) } ?? scopeChain.count
        }
        return candidates.min { a, b in
            let (sa, sb) = (specificity(a), specificity(b))
            return sa != sb ? sa < sb : a.validFrom > b.validFrom
        }
    }
}
