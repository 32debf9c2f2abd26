import KTXHCore

/// One unit's criteria result for a year, with everything a page or a command shows beside it.
public struct UnitCriteriaReport: Hashable, Sendable {
    public var unit: AdminUnit?
    public var unitCode: String
    public var year: Int
    public var set: CriteriaSet
    public var evaluation: UnitCriteriaEvaluation
    /// Quyết định công nhận of the set's tier, when the unit has one.
    public var recognitions: [Recognition]
    public var stated: [StatedCriteriaResult]
    /// Where the document's stated result disagrees with the figures, and figures that contradict themselves.
    public var discrepancies: [CriteriaDiscrepancy]
}

/// A higher unit's communes under one year's evaluation: the criteria matrix and "2/2 xã đạt".
public struct CriteriaMatrix: Hashable, Sendable {
    public var parent: AdminUnit?
    public var parentCode: String
    public var year: Int
    public var reports: [UnitCriteriaReport]
    /// Communes of that year without a single figure: not counted in "x/y xã", listed as not reported.
    public var unreported: [AdminUnit]
    public var summary: CriteriaSummary
    /// The document's "x/2 xã" counts that the communes' figures do not give.
    public var discrepancies: [CriteriaDiscrepancy]
}
