import Foundation

/// Tương ứng, lần lượt: several parts named in a row and their figures after them in the same order,
/// "cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ tương ứng 36,20% - 34,50% - 29,30%", "tỷ trọng nông
/// nghiệp, thủy sản, lâm nghiệp chiếm lần lượt là: 60%, 28%, 12%". Each figure is its part's target.
struct RespectiveFigures {
    struct Part {
        /// The part's name: "công nghiệp".
        var name: String
        /// What the parts break down, said before them: "cơ cấu kinh tế".
        var group: String?
        /// Where the part's figure stands in the text.
        var figure: Range<Int>
    }

    /// The parts found, and the stretch of text (names, marker and figures) they were read from.
    var parts: [Part]
    var span: Range<Int>

    private static let figure = "[0-9]+(?:[.,][0-9]+)*\\s?[%‰]"
    /// The marker, then two figures or more joined by dashes, commas, ";" or "và".
    private static let listed = try? NSRegularExpression(
        pattern: "(?:tương ứng|lần lượt)(?: là)?\\s*:?\\s*(\(figure)(?:\\s*(?:-|–|,|;|và)\\s*\(figure))+)",
        options: [.caseInsensitive])
    private static let oneFigure = try? NSRegularExpression(pattern: figure)
    /// What a breakdown is of; the part's name follows it.
    private static let heads = [
        "cơ cấu giá trị sản xuất", "cơ cấu kinh tế", "cơ cấu ngành", "cơ cấu", "tỷ trọng giá trị sản xuất",
        "tỉ trọng giá trị sản xuất", "tỷ trọng", "tỉ trọng", "tốc độ tăng trưởng", "tăng trưởng",
    ]

    /// The respective figures in `sentence` of `text`; `previous` holds the names of the last list read, for a list of
    /// figures that names no parts ("…, giai đoạn 2026-2030 tương ứng 34,60% - 35,50% - 29,90%").
    static func find(in text: PhraseText, sentence: Range<Int>, previous: inout (names: [String], group: String?)?)
        -> [RespectiveFigures]
    {
        guard let listed, let oneFigure else { return [] }
        let said = text.string(sentence)
        let lowered = said.lowercased()
        guard lowered.contains("tương ứng") || lowered.contains("lần lượt") else { return [] }
        var found: [RespectiveFigures] = []
        var clauseStart = said.startIndex
        for match in listed.matches(in: said, range: NSRange(said.startIndex..., in: said)) {
            guard let whole = Range(match.range, in: said), let list = Range(match.range(at: 1), in: said) else { continue }
            let figures = oneFigure.matches(in: said, range: NSRange(list, in: said)).compactMap { Range($0.range, in: said) }
            // The names are said in the same clause, after the last ";" before the marker.
            let before = said[clauseStart..<whole.lowerBound]
            let start = before.lastIndex(of: ";").map { said.index(after: $0) } ?? clauseStart
            var names = Self.names(String(said[start..<whole.lowerBound]), count: figures.count)
            if names == nil, let previous, previous.names.count == figures.count { names = previous }
            clauseStart = whole.upperBound
            guard let names else { continue }
            previous = names
            func offset(_ index: String.Index) -> Int { sentence.lowerBound + said.distance(from: said.startIndex, to: index) }
            let parts = zip(names.names, figures).map { name, figure in
                Part(name: name, group: names.group, figure: offset(figure.lowerBound)..<offset(figure.upperBound))
            }
            found.append(RespectiveFigures(parts: parts, span: offset(start)..<offset(whole.upperBound)))
        }
        return found
    }

    /// `count` names in a row at the end of `clause`, joined by spaced dashes or by commas and "và", and what they are
    /// parts of.
    static func names(_ clause: String, count: Int) -> (names: [String], group: String?)? {
        var rest = clause.trimmingCharacters(in: CharacterSet(charactersIn: " ,:"))
        // "… dịch vụ của huyện tương ứng", "… lâm nghiệp chiếm lần lượt là": whose parts, and the verb, are no name.
        if let whose = rest.range(of: " của ", options: .backwards), !rest[whose.upperBound...].contains(" - ") {
            rest = String(rest[..<whose.lowerBound])
        }
        for verb in [" chiếm", " đạt", " là", " ở mức", " lần lượt"] where rest.lowercased().hasSuffix(verb) {
            rest = String(rest.dropLast(verb.count))
        }
        var parts = rest.components(separatedBy: " - ").flatMap { $0.components(separatedBy: " – ") }
        if parts.count != count {
            parts = rest.replacingOccurrences(of: " và ", with: ", ").components(separatedBy: ", ")
            guard parts.count >= count else { return nil }
            // "Mục tiêu năm 2020, tỷ trọng nông nghiệp, thủy sản, lâm nghiệp": the list is the last `count` parts.
            parts = Array(parts.suffix(count))
        }
        parts = parts.map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == count, count >= 2, parts.dropFirst().allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isNumber) }),
            parts.dropFirst().allSatisfy({ $0.split(separator: " ").count <= 6 })
        else { return nil }
        // The first part holds what the list breaks down: "cơ cấu kinh tế nông nghiệp", "Cơ cấu kinh tế: Nông, lâm
        // nghiệp".
        let first = parts[0]
        var group: String?
        if let colon = first.lastIndex(of: ":") {
            group = String(first[..<colon]).trimmingCharacters(in: .whitespaces)
            parts[0] = String(first[first.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        } else if let head = heads.lazy.compactMap({ first.range(of: $0, options: [.caseInsensitive, .backwards]) }).first,
            head.upperBound < first.endIndex
        {
            let lead = first[..<head.lowerBound]
            let groupStart = lead.lastIndex(of: ",").map { first.index(after: $0) } ?? first.startIndex
            group = String(first[groupStart..<head.upperBound]).trimmingCharacters(in: .whitespaces)
            parts[0] = String(first[head.upperBound...]).trimmingCharacters(in: .whitespaces)
        } else {
            // No head: the first name runs as long as the second.
            let length = parts[1].split(separator: " ").count
            let words = first.split(separator: " ")
            guard words.count >= length else { return nil }
            parts[0] = words.suffix(length).joined(separator: " ")
        }
        guard !parts[0].isEmpty, !parts[0].contains(where: \.isNumber), parts[0].split(separator: " ").count <= 8 else {
            return nil
        }
        return (parts, group)
    }
}
