import Foundation
import KTXHCore

/// What the text around a table says about it: a resolution or a report, its title, the body that
/// issued it, the unit and year it is for, the reporting period and the cut-off date of its figures.
public struct DocumentHeader: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Nghị quyết, quyết định giao chỉ tiêu: sets targets.
        case resolution
        /// Báo cáo: reports progress.
        case report
    }

    public var kind: Kind?
    public var title: String?
    public var issuer: String?
    /// "thành phố Bắc Kạn" as the text names it.
    public var unitName: String?
    /// Every place the text may name its unit by, most likely first: the issuing body's lines ("ỦY BAN NHÂN
    /// DÂN" over "HUYỆN CHƯ PĂH"), the title, "(Kèm theo Báo cáo … của UBND huyện Chư Păh)", then the rest. Each
    /// is a kind and up to four words after it; the importer keeps the longest run of them that is a unit.
    public var unitCandidates: [String] = []
    /// Of those, the ones in the document's first lines, where the issuing body names itself, and its parent
    /// above it ("UBND HUYỆN VŨ QUANG" over "UBND XÃ ĐỨC GIANG").
    public var issuerCandidates: [String] = []
    public var year: Int?
    public var period: Period?
    public var cutoff: CalendarDay?
    public var adoptedOn: CalendarDay?

    package init() {}
}

extension DocumentHeader {
    /// Reads the header from a document's text (markdown marks from Word conversion are ignored). The
    /// table's own title, just above its header at `tableLine`, names the period more surely than the
    /// report's title ("… 6 tháng đầu năm; nhiệm vụ … 6 tháng cuối năm 2024").
    public static func read(_ text: String, tableLine: Int? = nil) -> DocumentHeader {
        let lines = text.components(separatedBy: "\n").map(clean)
        var header = DocumentHeader()
        if let index = lines.firstIndex(where: { ["NGHỊ QUYẾT", "BÁO CÁO", "QUYẾT ĐỊNH"].contains($0.uppercased()) }) {
            header.kind = lines[index].uppercased() == "BÁO CÁO" ? .report : .resolution
            let following = lines[(index + 1)...].drop { $0.isEmpty }.prefix { !$0.isEmpty }
            let title = following.joined(separator: " ")
            if !title.isEmpty { header.title = TextNormalization.collapseSpaces(title) }
        }
        header.issuer = lines.first {
            $0.uppercased().hasPrefix("HỘI ĐỒNG NHÂN DÂN") || $0.uppercased().hasPrefix("ỦY BAN NHÂN DÂN")
        }
        .map(issuerName)
        let searchable = [header.title ?? "", header.issuer ?? ""].joined(separator: " ")
        header.unitName = unitName(in: searchable) ?? unitName(in: text)
        // The title block: the first lines above the table, never a header row naming communes side by side.
        let top = lines.prefix(min(12, (tableLine ?? 13) - 1)).map { $0.components(separatedBy: "\t") }
            .filter { cells in cells.filter { !$0.isEmpty }.count <= 2 }
        header.issuerCandidates = top.flatMap { $0 }.flatMap(unitCandidates)
        header.unitCandidates = ([header.unitName].compactMap { $0 } + header.issuerCandidates + unitCandidates(in: text))
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let above = tableLine.map { lines[max(0, $0 - 9)..<min(lines.count, max(0, $0 - 1))].joined(separator: " ") }
        header.period = above.flatMap(period) ?? period(in: text)
        header.year = header.period?.year ?? lastYear(in: header.title ?? "")
        header.cutoff = firstMatch(#"đến ngày (\d{1,2}/\d{1,2}/\d{4})"#, in: text).flatMap(CalendarDay.init)
        if let adopted = match(#"thông qua ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})"#, in: text), adopted.count == 3,
            let d = Int(adopted[0]), let m = Int(adopted[1]), let y = Int(adopted[2])
        {
            header.adoptedOn = CalendarDay(year: y, month: m, day: d)
        }
        return header
    }

    package static func clean(_ line: String) -> String {
        var s = line.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "<b>", with: "")
            .replacingOccurrences(of: "</b>", with: "")
        while s.hasPrefix("#") { s.removeFirst() }
        return TextNormalization.collapseSpaces(TextNormalization.nfc(s))
    }

    /// "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ BẮC KẠN KHOÁ VII, KỲ HỌP THỨ 9" → "Hội đồng nhân dân thành phố Bắc Kạn".
    static func issuerName(_ line: String) -> String {
        let cut = line.components(separatedBy: " KHOÁ ").first?.components(separatedBy: " KHÓA ").first ?? line
        let words = cut.lowercased().split(separator: " ").map(String.init)
        let bodyWords = words.prefix(4)
        let place = words.dropFirst(4).enumerated().map { index, word in
            index == 0 && ["thành", "tỉnh", "huyện", "thị", "xã", "phường", "quận"].contains(word)
                ? word : word.prefix(1).uppercased() + word.dropFirst()
        }
        var name = (Array(bodyWords) + fixUnitWords(place)).joined(separator: " ")
        name = name.prefix(1).uppercased() + name.dropFirst()
        return name
    }

    /// "thành Phố Bắc Kạn" → "thành phố Bắc Kạn": the unit-kind words stay lower case.
    private static func fixUnitWords(_ words: [String]) -> [String] {
        guard words.count >= 2 else { return words }
        var result = words
        if ["thành", "thị"].contains(words[0]) { result[1] = words[1].lowercased() }
        return result
    }

    /// The first "thành phố X", "thị xã X", "tỉnh X", "huyện X" … with X in title case.
    static func unitName(in text: String) -> String? {
        // Only the kind is case-insensitive: the name is the run of capitalised words after it on the same
        // line ("HỘI ĐỒNG NHÂN DÂN THỊ XÃ\nKHOÁ VII" names no town; the text's "thị xã Hồng Lĩnh" does).
        let pattern = #"((?i:thành phố|thị xã|tỉnh|huyện|quận|thị trấn|xã|phường))[ ]+((?:\p{Lu}\p{Ll}*[ ]?){1,4})"#
        guard let groups = match(pattern, in: text), groups.count == 2 else { return nil }
        let kind = groups[0].lowercased()
        let name = groups[1].trimmingCharacters(in: .whitespaces)
        guard let first = name.first, first.isUppercase else { return nil }
        return "\(kind) \(name)"
    }

    /// "HUYỆN CHƯ PĂH", "UBND huyện Vĩnh Linh", "xã Tam Hợp, huyện Tương Dương": each kind with the words after it,
    /// in any case; "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" names no commune.
    /// Where a unit's name stops: the next body or kind ("HUYỆN NÔNG SƠN UBND HUYỆN …" names Nông Sơn).
    private static let nameStops: Set<String> = ["ubnd", "hđnd", "ủy", "uỷ", "hội", "cộng", "đảng", "độc"]

    static func unitCandidates(in text: String) -> [String] {
        let kinds = ["thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường"]
        let words = text.split { $0 == " " || $0 == "\n" }.map(String.init)
        var result: [String] = []
        var index = 0
        while index < words.count {
            let two = index + 1 < words.count ? words[index] + " " + words[index + 1] : ""
            let kind = kinds.first { TextNormalization.matchKey(two) == $0 || TextNormalization.matchKey(words[index]) == $0 }
            guard let kind else {
                index += 1
                continue
            }
            let start = index + kind.split(separator: " ").count
            let name = words[start...].prefix(4).prefix { word in
                word.first?.isUppercase == true && !word.contains(where: { ",.;:()".contains($0) })
                    && !nameStops.contains(word.lowercased()) && !kinds.contains(TextNormalization.matchKey(word))
            }
            let trailing = words[start...].prefix(4).first { $0.first?.isUppercase == true }
            var nameWords = Array(name)
            // "Chư Păh)" or "Tam Hợp," end the name with their punctuation.
            if nameWords.count < 4, let last = words[start...].dropFirst(nameWords.count).first, last.first?.isUppercase == true,
                last.contains(where: { ",.;:()".contains($0) })
            {
                nameWords.append(last.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()")))
            }
            if kind == "xã", TextNormalization.matchKey(nameWords.first ?? "") == "hội" { nameWords = [] }
            if !nameWords.isEmpty, trailing != nil { result.append(kind + " " + nameWords.joined(separator: " ")) }
            index = start
        }
        return result
    }

    static func period(in text: String) -> Period? {
        let lowered = text.lowercased()
        let patterns: [(String, Period.Kind)] = [
            (#"6 tháng đầu năm (\d{4})"#, .half(1)), (#"6 tháng cuối năm (\d{4})"#, .half(2)),
            (#"9 tháng(?: đầu)? năm (\d{4})"#, .nineMonths), (#"quý i năm (\d{4})"#, .quarter(1)),
            (#"quý ii năm (\d{4})"#, .quarter(2)), (#"quý iii năm (\d{4})"#, .quarter(3)),
            (#"quý iv năm (\d{4})"#, .quarter(4)),
        ]
        let found = patterns.compactMap { pattern, kind -> (Range<String.Index>, Period)? in
            guard let range = lowered.range(of: pattern, options: .regularExpression),
                let year = Int(lowered[range].suffix(4))
            else { return nil }
            return (range, Period(year: year, kind: kind))
        }
        return found.min { $0.0.lowerBound < $1.0.lowerBound }?.1
    }

    package static func lastYear(in text: String) -> Int? {
        text.split { !$0.isNumber }.compactMap { Int($0) }.filter { (1990...2100).contains($0) }.last
    }

    package static func firstMatch(_ pattern: String, in text: String) -> String? {
        match(pattern, in: text)?.first
    }

    static func match(_ pattern: String, in text: String, options: NSRegularExpression.Options = []) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: options),
            let result = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<result.numberOfRanges).compactMap { Range(result.range(at: $0), in: text).map { String(text[$0]) } }
    }
}
