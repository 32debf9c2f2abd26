import Foundation
import KTXHCore

/// A new indicator proposed from a table row: its attributes guessed from the unit and the wording, for
/// a person to correct in the catalogue later.
package enum IndicatorProposal {
    package static func make(name: String, unit: String, section: String?, parent: String?, taken: Set<String>) -> Indicator {
        let folded = TextNormalization.folded(name)
        let unitFolded = TextNormalization.folded(unit)
        let kind: Indicator.Kind =
            unit == "%"
            ? .rate
            : unitFolded == "bac"
                ? .rank
                : ["htx", "xa", "thon", "truong", "san pham", "nguoi", "lao dong", "ho", "phuong", "mo hinh", "xa, phuong"]
                    .contains(unitFolded)
                    ? .count
                    : unit.isEmpty ? .text : .quantity
        let flows = [
            "thu ", "tong muc", "san luong", "thanh lap moi", "trong rung", "tao viec lam", "giai quyet viec lam",
            "tuyen quan", "giai ngan", "chi ", "tang them", "phat trien moi",
        ]
        let cumulative = kind != .rate && flows.contains { folded.hasPrefix($0) || folded.contains(" " + $0) }
        return Indicator(
            code: code(for: name, taken: taken), name: name, unitOfMeasure: unit, section: section, parentCode: parent,
            kind: kind, direction: direction(name: name, kind: kind),
            accumulation: cumulative ? .cumulative : .stock)
    }

    /// Which way is better, from the wording: lower for poverty, malnutrition, accidents, crime; a rank
    /// is better when its number falls.
    static func direction(name: String, kind: Indicator.Kind) -> Indicator.Direction {
        let folded = TextNormalization.folded(name)
        let lowerIsBetter =
            ["ho ngheo", "suy dinh duong", "tang dan so tu nhien", "tai nan", "pham toi", "tu vong", "o nhiem"]
            .contains { folded.contains($0) } && !folded.contains("giam ngheo")
        return kind == .rank || lowerIsBetter ? .down : .up
    }

    /// A readable ASCII code from the name: "Tỷ lệ hộ nghèo" → "ty-le-ho-ngheo".
    static func code(for name: String, taken: Set<String>) -> String {
        let words = TextNormalization.folded(name).split { !$0.isLetter && !$0.isNumber }.prefix(8)
        let base = words.joined(separator: "-").filter { $0.isASCII }
        let stem = base.isEmpty ? "chi-tieu" : String(base.prefix(48))
        var code = stem
        var n = 2
        while taken.contains(code) {
            code = "\(stem)-\(n)"
            n += 1
        }
        return code
    }
}
