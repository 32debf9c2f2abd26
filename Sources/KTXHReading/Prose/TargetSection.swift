import Foundation

/// Phần chỉ tiêu: the lines of a document that list its targets, under a heading such as
/// "2. Các chỉ tiêu chủ yếu", "II. CHỈ TIÊU CỤ THỂ" or "Các chỉ tiêu chủ yếu năm 2025 gồm: …".
package struct TargetSection {
    struct Line: Hashable {
        /// Where a physical line of the document starts inside a line joined from several.
        struct Break: Hashable {
            var offset: Int
            var line: Int
        }

        var number: Int
        var text: String
        var breaks: [Break] = []
    }

    var title: String?
    var lines: [Line]
    /// False for the fallback reading of a document with no such heading: then only numbered or
    /// bulleted lines with a figure are read, and a sentence without one is never a target.
    var isHeaded: Bool
    /// Its heading holds its targets after a colon, as a news report retells a resolution ("… có 6 chỉ tiêu gồm: …").
    var isInline = false

    static func find(in lines: [Line]) -> [TargetSection] {
        var sections: [TargetSection] = []
        var open: (section: TargetSection, numbering: Numbering?)?
        // "2. Các chỉ tiêu chủ yếu" over items numbered "1.", "2.", "3." again: the last item's number, so "3." is
        // the next item, not the heading's next sibling.
        var restarted: Int?
        let headings = headingIndices(lines)
        for (index, line) in lines.enumerated() {
            let numbering = Numbering.read(line.text)
            if headings.contains(index) {
                if let current = open { sections.append(current.section) }
                let body = numbering.map { String(line.text[$0.textStart...]) } ?? line.text
                let (title, inline) = splitHeading(body)
                let rest = inline.map { [line.slice((line.text.count - $0.count)..<line.text.count)] } ?? []
                open = (
                    TargetSection(title: title, lines: rest, isHeaded: true, isInline: inline != nil), numbering
                )
                restarted = nil
                continue
            }
            guard let current = open else { continue }
            if let numbering, let heading = current.numbering, heading.kind == .arabic, numbering.kind == .arabic,
                numbering.values.count == heading.values.count, let value = numbering.values.last,
                value == (restarted ?? 0) + 1,
                restarted != nil || !current.section.lines.contains(where: { Numbering.read($0.text) != nil })
            {
                restarted = value
                open?.section.lines.append(line)
                continue
            }
            if ends(current.numbering, inline: current.section.isInline, at: line.text, numbering: numbering),
                !(current.section.isInline && numbering == nil && StatedTargets.goesOnListing(line.text))
            {
                sections.append(current.section)
                open = nil
                continue
            }
            open?.section.lines.append(line)
        }
        if let current = open { sections.append(current.section) }
        return sections.isEmpty ? unheaded(lines) : sections
    }

    /// No list of targets: its numbered lines, and the sentences that set targets (a news report). Also read when
    /// the lists under its headings hold none (a page cut after the heading, its targets stated above it).
    static func unheaded(_ lines: [Line]) -> [TargetSection] {
        var stated = StatedTargets(
            termEnds: Set(lines.flatMap { StatedTargets.termEnds(in: $0.text) }),
            latestYear: lines.flatMap { StatedTargets.namedYears(in: StatedTargets.plain($0.text)) }.max())
        let body = lines.flatMap { line -> [Line] in
            if isPreamble(line.text) { return [] }
            guard Numbering.read(line.text) != nil else { return stated.read(line) }
            return stated.reportingResults || StatedTargets.plainlyReports(line.text) ? [] : [line]
        }
        return body.isEmpty ? [] : [TargetSection(title: nil, lines: body, isHeaded: false)]
    }

    /// Lines that head a list of targets; an article heading ("Điều 2. Mục tiêu và các chỉ tiêu
    /// chủ yếu") gives way to a more specific heading inside it.
    static func headingIndices(_ lines: [Line]) -> Set<Int> {
        var result: Set<Int> = []
        var article: Int?
        for (index, line) in lines.enumerated() {
            let numbering = Numbering.read(line.text)
            if numbering?.kind == .article { article = nil }
            guard isHeading(line.text, numbering: numbering) else { continue }
            if let outer = article { result.remove(outer) }
            result.insert(index)
            article = numbering?.kind == .article ? index : nil
        }
        return result
    }

    static func isHeading(_ text: String, numbering: Numbering?) -> Bool {
        let body = numbering.map { String(text[$0.textStart...]) } ?? text
        let head = splitHeading(body).title ?? body
        let folded = head.folded
        guard folded.contains("chi tieu") || folded.contains("muc tieu cu the") else { return false }
        // A sentence is not a heading; a title in two parts ("II. CÁC CHỈ TIÊU CHỦ YẾU: Mục tiêu cụ thể về …")
        // may run longer than one.
        let words = head.split(separator: " ")
        guard words.count <= (head.contains(":") ? 20 : 14) else { return false }
        // "Huyện Ea H'leo đạt và vượt kế hoạch 30 chỉ tiêu kinh tế - xã hội": a news headline on what was done.
        if StatedTargets.reportsResults(head) { return false }
        // A heading may name its year; any other figure makes the line a target.
        return !hasFigure(head)
    }

    /// "Các chỉ tiêu chủ yếu năm 2025 gồm: tăng trưởng …" → the title and the targets on the same line.
    static func splitHeading(_ body: String) -> (title: String?, inline: String?) {
        guard let colon = body.firstIndex(of: ":") else { return (trimmedTitle(body), nil) }
        let rest = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        // "Các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030: 20 chỉ tiêu" counts its targets, it lists none.
        let counted = Lexicon.withoutTargetCounts(rest).trimmingCharacters(in: .whitespaces).isEmpty
        // "Về kinh tế: Các chỉ tiêu và cơ cấu ngành năm 2026", "II. CÁC CHỈ TIÊU CHỦ YẾU: Mục tiêu cụ thể về …":
        // a title in two parts.
        if !counted, !hasFigure(rest), rest.split(separator: " ").count <= 14, !rest.hasSuffix(".") {
            return (trimmedTitle(body), nil)
        }
        return (trimmedTitle(String(body[..<colon])), rest.isEmpty || counted ? nil : rest)
    }

    /// A figure other than a year.
    static func hasFigure(_ text: String) -> Bool {
        Lexicon.withoutTargetCounts(text).split(separator: " ").contains { word in
            word.contains(where: \.isNumber) && !Lexicon.isYear(word)
        }
    }

    private static func trimmedTitle(_ text: String) -> String {
        text.trimmingCharacters(in: CharacterSet(charactersIn: " .:"))
    }

    /// A list ends at the next article, at the next heading of its own level, at the tasks and
    /// solutions that follow targets, or, for a heading with its targets inline, at the end of its paragraph.
    static func ends(_ heading: Numbering?, inline: Bool, at text: String, numbering: Numbering?) -> Bool {
        if numbering?.kind == .article { return true }
        let body = (numbering.map { String(text[$0.textStart...]) } ?? text).folded
        let closings = ["nhiem vu", "giai phap", "to chuc thuc hien", "noi nhan", "muc tieu tong quat", "nghi quyet nay"]
        if body.split(separator: " ").count <= 14, closings.contains(where: { body.hasPrefix($0) }) { return true }
        if body.contains("nhiem vu va giai phap") || body.hasPrefix("nghi quyet nay") { return true }
        if inline { return numbering == nil || numbering?.kind == .roman || numbering?.kind == .arabic }
        guard let heading, let numbering, heading.kind == numbering.kind else { return false }
        switch heading.kind {
        case .roman: return true
        case .arabic:
            return numbering.values.count == heading.values.count && numbering.values.last ?? 0 > heading.values.last ?? 0
        default: return false
        }
    }

    static func isPreamble(_ text: String) -> Bool {
        let folded = text.folded
        return ["can cu", "xet ", "theo de nghi", "kinh gui", "noi nhan", "so:"].contains { folded.hasPrefix($0) }
    }
}
