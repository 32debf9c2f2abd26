import Foundation

/// Câu đặt chỉ tiêu: in a text with no list of targets (a news report of a council session, a
/// speech, a congress's summary), the sentences that set targets, found by what they say rather than
/// by where they stand: "Năm 2025, tỉnh phấn đấu tăng trưởng kinh tế đạt 8%; …", "Nghị quyết đặt
/// mục tiêu …", "… trên 2.000 tỷ đồng là hai trong 9 chỉ tiêu chủ yếu". Sentences reporting what was
/// done ("ước đạt", "đã đạt", "so với cùng kỳ") are not read, unless they also set a target.
enum StatedTargets {
    /// Words that set a target whatever else the sentence says.
    static let settingWords = [
        "phan dau", "de ra", "dat muc tieu", "dat ra", "muc tieu", "chi tieu", "giao", "du kien", "ke hoach nam",
        "den nam 20", "den cuoi nhiem ky", "den cuoi nam", "cu the", "theo do",
    ]
    /// Of those, the ones that outweigh a report of results in the same sentence.
    static let strongWords = ["phan dau", "de ra", "dat muc tieu", "dat ra", "den nam 20", "den cuoi nhiem ky"]
    /// A report of what was done.
    static let resultWords = [
        "uoc dat", "uoc thuc hien", "uoc tinh", "da dat", "dat duoc", "vuot ke hoach", "so voi cung ky", "luy ke",
        "ket qua", "nam qua", "da co", "da hoan thanh", "hoan thanh vuot", "bang ", "vuot chi tieu", "vuot muc tieu",
    ]

    /// The parts of `line` that state targets: a sentence each, from where its targets start.
    static func find(in line: TargetSection.Line) -> [TargetSection.Line] {
        let chars = Array(line.text)
        var starts = [0]
        for i in chars.indices where i > 0 && chars[i - 1] == " " && InlineMarks.sentenceEnded(chars, before: i) {
            starts.append(i)
        }
        return zip(starts, starts.dropFirst() + [chars.count]).compactMap { start, end in
            let sentence = String(chars[start..<end])
            guard let from = targetsStart(sentence) else { return nil }
            let until = tailStart(sentence).map { start + $0 } ?? end
            return until > start + from ? line.slice((start + from)..<until) : nil
        }
    }

    /// Where the targets of a sentence that sets any start; nil for a sentence that sets none.
    static func targetsStart(_ sentence: String) -> Int? {
        let folded = plain(sentence)
        guard sentence.contains(where: \.isNumber),
            let cue = settingWords.compactMap({ folded.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let strong = strongWords.contains { folded.contains($0) }
        if !strong, resultWords.contains(where: { folded.contains($0) }) { return nil }
        // "Cụ thể, Tổng sản phẩm … tăng 8,5-8,7%; …": the sentence goes on from the one that set the aim.
        for lead in ["cu the", "theo do"] where folded.hasPrefix(lead) {
            return lead.count + 1
        }
        // "…, nổi bật: Tốc độ tăng trưởng …", "… gồm: …": the list follows the colon.
        if let colon = folded[cue.lowerBound...].firstIndex(of: ":") {
            return folded.distance(from: folded.startIndex, to: colon) + 1
        }
        // "phấn đấu tăng trưởng kinh tế đạt 8%", "đặt mục tiêu tăng trưởng …": the list follows the verb.
        for verb in ["phan dau", "dat muc tieu", "muc tieu", "de ra"] {
            if let found = folded.range(of: verb + " ") {
                return folded.distance(from: folded.startIndex, to: found.upperBound)
            }
        }
        return 0
    }

    /// "… là hai trong 9 chỉ tiêu chủ yếu …": where a sentence that quotes targets stops listing them.
    static func tailStart(_ sentence: String) -> Int? {
        let folded = plain(sentence)
        var search = folded.startIndex..<folded.endIndex
        while let found = folded.range(of: " la ", range: search) {
            let rest = folded[found.upperBound...]
            if rest.contains("chi tieu") || rest.contains("muc tieu"), !rest.contains("%") {
                return folded.distance(from: folded.startIndex, to: found.lowerBound)
            }
            search = found.upperBound..<folded.endIndex
        }
        return nil
    }

    /// `text` lowercased without accents, one character for one, so offsets in it are offsets in `text`.
    static func plain(_ text: String) -> String {
        String(
            text.map { c -> Character in
                let folded = String(c).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                return folded.count == 1 ? (folded == "đ" ? "d" : folded.first ?? c) : c
            })
    }
}
