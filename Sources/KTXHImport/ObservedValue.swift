import Foundation
import KTXHCore
import KTXHReading

/// Reads a figure's cell: a number, "X/Y", "Đạt"/"Không", or a sentence kept as text.
public enum ObservedValue {
    public static func parse(_ cell: String, indicator: Indicator) throws(NumberFormatError) -> Observation.Value {
        let text = cell.trimmingCharacters(in: .whitespaces)
        let folded = TextNormalization.folded(text)
        if folded == "dat" || folded == "co" { return .yesNo(true) }
        if folded == "khong" || folded == "khong dat" || folded == "chua dat" { return .yesNo(false) }
        // Words in the cell make it a sentence ("giảm 02 người chết …"), kept as written.
        if text.contains(where: { $0.isLetter }) { return .text(text) }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            let numerator = try VietnameseNumber.parse(String(parts[0])).value
            let denominator = try VietnameseNumber.parse(String(parts[1])).value
            return .ratio(numerator: numerator, denominator: denominator)
        }
        return .number(try VietnameseNumber.parse(text).value)
    }
}
