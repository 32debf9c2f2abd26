extension Observation.Value {
    /// The figure as a Vietnamese document writes it: "92,6", "788/851 (92,60%)", "Đạt", "Không".
    public var vietnamese: String {
        switch self {
        case .number(let v): VietnameseNumber.format(v)
        case .ratio(let n, let d):
            "\(VietnameseNumber.format(n))/\(VietnameseNumber.format(d))"
                + (number.map { " (\(VietnameseNumber.formatPercent($0)))" } ?? "")
        case .yesNo(let b): b ? "Đạt" : "Không"
        case .text(let t): t
        }
    }
}
