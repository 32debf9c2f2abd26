/// Whether a sub-indicator, a criterion or the standard is met.
public enum CriteriaStatus: String, Hashable, Sendable, Codable {
    /// Đạt.
    case met
    /// Chưa đạt.
    case notMet
    /// Không áp dụng: the commune has no such thing (no field roads), which the sets count as met.
    case notApplicable
    /// Chưa đánh giá được: no figure, or no threshold entered yet.
    case undetermined

    /// Met or not applicable: what counts towards the criterion.
    public var counts: Bool { self == .met || self == .notApplicable }

    public var vietnameseName: String {
        switch self {
        case .met: "Đạt"
        case .notMet: "Chưa đạt"
        case .notApplicable: "Không áp dụng"
        case .undetermined: "Chưa đánh giá được"
        }
    }

    /// All parts must count: any shortfall is a shortfall, otherwise any unknown leaves the whole unknown.
    public static func combined(_ parts: [CriteriaStatus]) -> CriteriaStatus {
        if parts.isEmpty { return .undetermined }
        if parts.contains(.notMet) { return .notMet }
        if parts.contains(.undetermined) { return .undetermined }
        return parts.allSatisfy { $0 == .notApplicable } ? .notApplicable : .met
    }
}
