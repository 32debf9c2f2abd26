/// A figure's value written for people: the audit trail and the history page.
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
