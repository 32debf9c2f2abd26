/// A figure's value as a document writes it ("1.857,4", "42.874/47.382", "Đạt"): the audit trail, the history
/// page and the import review; `vietnamese` adds a ratio's percentage.
extension Observation.Value {
    public var text: String {
        switch self {
        case .number(let v): VietnameseNumber.format(v)
        case .ratio(let n, let d): "\(VietnameseNumber.format(n))/\(VietnameseNumber.format(d))"
        case .yesNo(let b): b ? "Đạt" : "Không"
        case .text(let t): t
        }
    }
}

extension Observation.Kind {
    public var vietnameseName: String {
        switch self {
        case .actual: "Thực hiện"
        case .estimate: "Ước thực hiện"
        }
    }
}
