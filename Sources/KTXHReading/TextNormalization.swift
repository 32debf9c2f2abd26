import Foundation

/// How two names written by different people are compared: Unicode NFC, case, spacing, "tỉ"/"tỷ",
/// a leading "- " bullet and a trailing period do not matter.
public enum TextNormalization {
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// Collapses every run of white space (non-breaking spaces included) to one space and trims.
    public static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public static func matchKey(_ name: String) -> String {
        var key = collapseSpaces(nfc(name)).lowercased()
        if key.hasPrefix("- ") || key.hasPrefix("-") { key = String(key.drop { $0 == "-" || $0 == " " }) }
        while key.hasSuffix(".") || key.hasSuffix(":") { key.removeLast() }
        key = key.replacingOccurrences(of: "tỉ ", with: "tỷ ")
            .replacingOccurrences(of: "hoá", with: "hóa")
            .replacingOccurrences(of: "khoá", with: "khóa")
            .replacingOccurrences(of: "&amp;", with: "&")
        return key.trimmingCharacters(in: .whitespaces)
    }
}

extension TextNormalization {
    /// Without accents, for recognising headers written with or without them ("Don vi tinh").
    public static func folded(_ text: String) -> String {
        matchKey(text).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
    }
}
