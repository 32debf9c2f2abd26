import Foundation

/// Văn bản sạch: a line of a document with what Word, PDF and Markdown extraction leave behind
/// removed, so that the grammar sees the words an official wrote.
enum ProseCleanup {
    /// `<sup>17</sup>` is a footnote mark: removed for the target grammar, kept as `[^17]` for the
    /// consistency check, which follows footnotes.
    static func clean(_ line: String, keepFootnoteMarks: Bool = false) -> String {
        let keep = keepFootnoteMarks
        var text = TextNormalization.nfc(line)
        text = replaceFootnoteMarks(text, keep: keepFootnoteMarks)
        // LaTeX from PDF conversion: "$\geq 99\%$" is "≥ 99%".
        for (latex, plain) in [("\\geq", "≥"), ("\\leq", "≤"), ("\\%", "%"), ("\\times", "×"), ("$", "")] {
            text = text.replacingOccurrences(of: latex, with: plain)
        }
        for markup in ["<b>", "</b>", "<i>", "</i>", "**", "*"] {
            text = text.replacingOccurrences(of: markup, with: "")
        }
        text = text.replacingOccurrences(of: "&amp;", with: "&")
        // A "%" typed after "trở lên" repeats the sign the figure already carries.
        text = text.replacingOccurrences(of: "trở lên%", with: "trở lên")
        text = text.replacingOccurrences(of: "(trở lên)", with: "trở lên")
        text = text.replacingOccurrences(of: "\t", with: " ")
        var trimmed = Substring(TextNormalization.collapseSpaces(text))
        while trimmed.first == "#" || trimmed.first == " " { trimmed.removeFirst() }
        // A Markdown footnote's text ("[^1]: Theo Công văn …") is not part of the list it annotates; the
        // consistency check (`keepFootnoteMarks`) reads it as the footnote it is.
        if trimmed.hasPrefix("[^") && !keep { return "" }
        // "[A32.65-ĐU-NQ-0001-2025] 2.2. Các chỉ tiêu …": an archive's reference code before the heading.
        if trimmed.first == "[", !trimmed.hasPrefix("[^"), let close = trimmed.firstIndex(of: "]"),
            !trimmed[..<close].contains(" ")
        {
            trimmed = trimmed[trimmed.index(after: close)...].drop { $0 == " " }
        }
        return String(trimmed)
    }

    /// "m<sup>2</sup>" is a unit, not a footnote.
    private static func replaceFootnoteMarks(_ text: String, keep: Bool) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<sup>"), let close = rest.range(of: "</sup>", range: open.upperBound..<rest.endIndex) {
            let mark = rest[open.upperBound..<close.lowerBound]
            result += rest[..<open.lowerBound]
            let before = result.last
            if mark == "2" && before == "m" {
                result += "²"
            } else if mark == "3" && before == "m" {
                result += "³"
            } else if keep {
                result += "[^\(mark)]"
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
