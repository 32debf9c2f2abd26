/// Cách tổng hợp: how the figures of several units combine into the figure of the unit above them (or of a
/// 2025 unit from its predecessors).
public enum AggregationRule: String, Hashable, Sendable, Codable, CaseIterable {
    /// Cộng: counts and amounts (households, tỷ đồng, km).
    case sum = "cong"
    /// Tỷ lệ tính lại: a rate recomputed from the summed numerators and denominators, never the mean of the
    /// units' rates (which weighs a commune of 800 households like one of 8,000).
    case ratio = "ty-le"
    /// Số đơn vị đạt: yes/no figures and criteria become the number of units meeting the target ("2/2 xã").
    case unitsMeeting = "so-don-vi-dat"
    /// Giá trị mới nhất: the most recent figure any unit reported, for a figure that is the same everywhere.
    case latest = "moi-nhat"
    /// Không tổng hợp: a sum means nothing (a rank, an average income without population weights).
    case none = "khong"

    /// The rule an indicator gets when none is set: rates recomputed, yes/no counted, ranks and text not combined.
    public static func `default`(for kind: Indicator.Kind) -> AggregationRule {
        switch kind {
        case .quantity, .count: .sum
        case .rate: .ratio
        case .yesNo: .unitsMeeting
        case .rank, .text: .none
        }
    }

    public var vietnameseName: String {
        switch self {
        case .sum: "Cộng"
        case .ratio: "Tỷ lệ tính lại từ tử số và mẫu số"
        case .unitsMeeting: "Số đơn vị đạt"
        case .latest: "Giá trị mới nhất"
        case .none: "Không tổng hợp"
        }
    }
}
