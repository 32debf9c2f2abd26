import Vapor

/// A posted form whose rows are numbered fields ("r0_code", "r0_value", "r1_code", …) beside plain ones
/// ("intent"): the entry form, the review, the assignments. Rows are read in order until one has no code.
struct RowForm: Content {
    private var fields: [String: String]

    init(from decoder: any Decoder) throws {
        fields = try [String: String](from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try fields.encode(to: encoder)
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// Row `index` under `prefix`, its fields by name ("value" for "r3_value"); nil when it has no code.
    func row(_ prefix: String, _ index: Int) -> [String: String]? {
        guard fields["\(prefix)\(index)_code"] != nil else { return nil }
        let head = "\(prefix)\(index)_"
        return Dictionary(
            fields.filter { $0.key.hasPrefix(head) }.map { (String($0.key.dropFirst(head.count)), $0.value) },
            uniquingKeysWith: { a, _ in a })
    }

    /// Every row under `prefix`, in order.
    func rows(_ prefix: String) -> [[String: String]] {
        var rows: [[String: String]] = []
        while let row = row(prefix, rows.count) { rows.append(row) }
        return rows
    }
}
