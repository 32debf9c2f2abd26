import Foundation
import KTXHCore
import KTXHWorkflows

/// One row of a submitted entry form, as typed: the fields are named `r{index}_{field}`.
struct EntryInput: Hashable, Sendable {
    var code = ""
    var revision = 0
    var kind = Observation.Kind.actual
    var value = ""
    var numerator = ""
    var denominator = ""
    var yesNo = ""
    var note = ""
    var followUp = false
    var cause = ""
    var remedy = ""

    init() {}

    /// Reads one row of a form (`RowForm.rows("r")`).
    init(row: [String: String]) {
        func field(_ name: String) -> String? { row[name] }
        code = field("code") ?? ""
        revision = Int(field("rev") ?? "") ?? 0
        kind = Observation.Kind(rawValue: field("kind") ?? "") ?? .actual
        value = field("value") ?? ""
        numerator = field("num") ?? ""
        denominator = field("den") ?? ""
        yesNo = field("yes") ?? ""
        note = (field("note") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        followUp = field("follow") != nil
        cause = (field("cause") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        remedy = (field("remedy") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What the form shows for a stored figure: its state's texts and the value that counts.
    init(item: EntryForm.Item) {
        code = item.indicator.code
        revision = item.state?.revision ?? 0
        note = item.state?.note ?? ""
        followUp = item.state?.followUp ?? false
        cause = item.state?.cause ?? ""
        remedy = item.state?.remedy ?? ""
        if let current = item.current { show(current) }
    }

    /// Puts a stored value in the fields, as the person would type it.
    mutating func show(_ observation: Observation) {
        kind = observation.kind
        value = ""
        numerator = ""
        denominator = ""
        yesNo = ""
        switch observation.value {
        case .number(let v): value = VietnameseNumber.format(v)
        case .ratio(let n, let d):
            numerator = VietnameseNumber.format(n)
            denominator = VietnameseNumber.format(d)
        case .yesNo(let b): yesNo = b ? "1" : "0"
        case .text(let t): value = t
        }
    }

    /// The value typed, read for `indicator`'s kind; nil when the fields are empty. Each problem names the
    /// indicator, the field and the value typed.
    func parsedValue(for indicator: Indicator) -> (value: Observation.Value?, errors: [String]) {
        let name = "«\(indicator.name)»"
        switch indicator.kind {
        case .yesNo:
            return (yesNo.isEmpty ? nil : .yesNo(yesNo == "1"), [])
        case .text:
            let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return (text.isEmpty ? nil : .text(text), [])
        default:
            if !numerator.isEmpty || !denominator.isEmpty {
                return ratio(name)
            }
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { return (nil, []) }
            do {
                return (.number(try VietnameseNumber.decimal(value)), [])
            } catch {
                return (nil, ["\(name), ô Giá trị: \(error.message)"])
            }
        }
    }

    private func ratio(_ name: String) -> (value: Observation.Value?, errors: [String]) {
        var errors: [String] = []
        func read(_ text: String, _ field: String) -> Decimal? {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                errors.append("\(name), ô \(field): chưa nhập (tử số và mẫu số phải đi cùng nhau).")
                return nil
            }
            do { return try VietnameseNumber.decimal(text) } catch {
                errors.append("\(name), ô \(field): \(error.message)")
                return nil
            }
        }
        let n = read(numerator, "Tử số")
        let d = read(denominator, "Mẫu số")
        if let d, d <= 0 { errors.append("\(name), ô Mẫu số: «\(denominator)» phải lớn hơn 0.") }
        guard let n, let d, errors.isEmpty else { return (nil, errors) }
        return (.ratio(numerator: n, denominator: d), [])
    }
}
