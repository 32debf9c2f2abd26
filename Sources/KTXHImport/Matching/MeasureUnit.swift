import Foundation
import KTXHReading

/// Đơn vị đo: what a figure is measured in, as far as telling two indicators apart needs: a percentage,
/// per mille, money in đồng, money in dollars, or something counted or weighed.
enum MeasureUnit: Hashable {
    case percent, perMille, dong, dollar, other

    init?(_ written: String) {
        let folded = TextNormalization.folded(written)
        guard !folded.isEmpty else { return nil }
        if folded.hasPrefix("%") || folded == "phan tram" || folded.hasPrefix("diem %") {
            self = .percent
        } else if folded.hasPrefix("‰") || folded.contains("phan nghin") {
            self = .perMille
        } else if folded.contains("usd") || folded.contains("do la") {
            self = .dollar
        } else if folded.contains("dong") && !folded.contains("dong vat") {
            self = .dong
        } else {
            self = .other
        }
    }

    /// Two units may measure the same indicator: either is unknown, or both are of one kind.
    static func compatible(_ a: String, _ b: String) -> Bool {
        guard let first = MeasureUnit(a), let second = MeasureUnit(b) else { return true }
        return first == second
    }
}
