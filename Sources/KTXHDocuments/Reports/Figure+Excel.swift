import Foundation

extension Figure {
    /// The spreadsheet value: the number itself, or its fraction for a percentage (51,05% is 0.5105).
    var spreadsheetValue: Decimal? {
        guard let number else { return nil }
        return isPercent ? number / 100 : number
    }

    /// An Excel number format that shows `spreadsheetValue` with exactly the digits of `text`.
    ///
    /// `[$-42A]` marks the format as Vietnamese: LibreOffice then prints `1.857,4` whatever the machine's
    /// language; Excel takes the separators from the machine's regional settings (Vietnamese on officers'
    /// machines), so the stored number stays a number either way. See docs/documents.md.
    var spreadsheetFormat: String {
        let fraction = fractionDigits > 0 ? "." + String(repeating: "0", count: fractionDigits) : ""
        let core: String
        if isPercent {
            core = "0\(fraction)%"
        } else if leadingZero {
            core = "00"
        } else {
            core = "#,##0\(fraction)"
        }
        let words = prefix.isEmpty ? "" : "\"\(prefix)\""
        return "[$-42A]" + words + core
    }
}
