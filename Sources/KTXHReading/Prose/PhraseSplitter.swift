import Foundation

/// Tách cụm: an item's text cut into the phrases that each state one target, at sentence ends, at
/// ";", at "trong đó:" (sub-targets) and at a comma that starts a new figure ("52/52 thôn, 95,8%
/// gia đình văn hoá"). Brackets are never cut.
package struct PhraseSplitter {
    struct Phrase: Hashable {
        var range: Range<Int>
        var sentence: Range<Int>
        /// The phrase this one is a part of, for the targets after "trong đó:".
        var parent: Range<Int>?
        /// The label of a list the phrase is in: "Cơ cấu kinh tế: nông nghiệp 20,5%; dịch vụ 55%".
        var label: String?
        /// The part a figure is for when the parts were named before their figures ("nông nghiệp - công nghiệp -
        /// dịch vụ tương ứng 36,20% - 34,50% - 29,30%"): the phrase is then the figure alone.
        var name: String?
    }

    let text: PhraseText

    func phrases() -> [Phrase] {
        var result: [Phrase] = []
        var named: (names: [String], group: String?)?
        for sentence in sentences() {
            let respective = RespectiveFigures.find(in: text, sentence: sentence, previous: &named)
            if !respective.isEmpty {
                let spans = respective.map(\.span)
                let others = clauses(sentence).filter { clause in !spans.contains { $0.overlaps(clause) } }
                let parts = respective.flatMap(\.parts).map {
                    Phrase(range: $0.figure, sentence: sentence, label: $0.group, name: $0.name)
                }
                result += (others.map { Phrase(range: $0, sentence: sentence, parent: nil) } + parts).sorted {
                    $0.range.lowerBound < $1.range.lowerBound
                }
            } else if let (cut, length) = subTargetsMarker(sentence) {
                // "A 74,5 tuổi; B trên 78% tổng số xã …; trong đó, 10% …": the sub-targets are the last clause's.
                var before = clauses(sentence.lowerBound..<cut)
                let parent = before.popLast() ?? text.trimmed(sentence.lowerBound..<cut, dropping: [",", ";"])
                for part in before { result.append(Phrase(range: part, sentence: sentence, parent: nil)) }
                result.append(Phrase(range: parent, sentence: sentence, parent: nil))
                let children = (cut + length)..<sentence.upperBound
                for part in clauses(children) { result.append(Phrase(range: part, sentence: sentence, parent: parent)) }
            } else if let (label, list) = labelledList(sentence) {
                for part in clauses(list) { result.append(Phrase(range: part, sentence: sentence, label: label)) }
            } else {
                for part in clauses(sentence) { result.append(Phrase(range: part, sentence: sentence, parent: nil)) }
            }
        }
        return result.filter { !$0.range.isEmpty }.flatMap { phrase in [phrase] + bracketedParts(of: phrase) }
    }

    /// "… trên 74.000 tỷ đồng (thu nội địa trên 56.500 tỷ đồng, thu xuất nhập khẩu 17.500 tỷ đồng)": the parts of
    /// a target in the brackets after it, each a sub-target. A bracket that only qualifies ("(theo chuẩn nghèo đa
    /// chiều giai đoạn 2021 - 2025)", "(GRDP)") states no target and gives none.
    func bracketedParts(of phrase: Phrase) -> [Phrase] {
        let end = text.trimmed(phrase.range, dropping: [".", ";", ",", "…"]).upperBound
        guard end > phrase.range.lowerBound, text.chars[end - 1] == ")",
            let open = phrase.range.last(where: { text.chars[$0] == "(" && text.depth[$0] == 0 })
        else { return [] }
        // Inside its brackets the list is cut as a phrase of its own: "(thu nội địa trên 56.500 tỷ đồng, thu xuất
        // nhập khẩu 17.500 tỷ đồng)".
        // "(trong đó 80% dân số trở lên sử dụng nước sạch)": the part of the target named as such.
        let said = text.string((open + 1)..<(end - 1))
        let part = ["trong đó: ", "trong đó, ", "trong đó "].first { said.lowercased().hasPrefix($0) }
        let first = open + 1 + (part?.count ?? 0)
        let inside = PhraseSplitter(text: PhraseText(text.string(first..<(end - 1))))
        let parts = inside.clauses(0..<inside.text.count).map { ($0.lowerBound + first)..<($0.upperBound + first) }
        let readings = parts.compactMap { TargetPhrase.read(text.string($0), qualitative: false) }
        guard parts.count == readings.count, readings.allSatisfy({ $0.target.unit != nil }) else { return [] }
        // "Hoàn thành 100% chỉ tiêu giao quân (3.802 thanh niên)": one count with no name of its own says what the
        // target is in numbers; it is no part of it.
        if readings.count == 1, readings.first?.nameFirst == false, part == nil { return [] }
        // "(tăng 18,3% so với kế hoạch tỉnh giao)": the same target set against the plan ("(tăng 14,7% so với thực
        // hiện năm 2017)" sets its growth, a target of its own).
        let folded = said.folded
        if readings.count == 1, ["so voi ke hoach", "so voi du toan", "so voi chi tieu"].contains(where: folded.contains) {
            return []
        }
        // "giảm tỷ lệ hộ cận nghèo còn dưới 1,46% (giảm 12 hộ cận nghèo, còn 333 hộ)": a share said again as counts.
        let parent = TargetPhrase.read(text.string(phrase.range.lowerBound..<open), qualitative: false)
        if parent?.target.unit == "%",
            readings.allSatisfy({ reading in
                reading.target.unit.map { Lexicon.countWord(of: $0) != nil || Lexicon.countUnits.contains($0.lowercased()) }
                    == true
            })
        {
            return []
        }
        return parts.map { Phrase(range: $0, sentence: phrase.sentence, parent: phrase.range) }
    }

    /// "…, trong đó: công nghiệp …", "…, trong đó, thu nội địa …", "…, trong đó có bằng, chứng chỉ …": where the
    /// sub-targets start, and the marker's length.
    func subTargetsMarker(_ sentence: Range<Int>) -> (Int, Int)? {
        let marker = Array("trong đó")
        for i in sentence where i + marker.count < sentence.upperBound && text.depth[i] == 0 {
            guard text.chars[i..<(i + marker.count)].map({ Character($0.lowercased()) }) == marker else { continue }
            let next = text.chars[i + marker.count]
            if next == ":" { return (i, marker.count + 1) }
            let before = text.trimmed(sentence.lowerBound..<i)
            guard before.upperBound > before.lowerBound, ",;".contains(text.chars[before.upperBound - 1]),
                next == "," || next == " ",
                hasFigure((i + marker.count)..<sentence.upperBound)
            else { continue }
            return (i, marker.count + (next == "," ? 1 : 0))
        }
        return nil
    }

    /// "Cơ cấu kinh tế: A 20,5%; B 24,5%; C 55%": a label without a figure, then a list cut by ";".
    func labelledList(_ sentence: Range<Int>) -> (String, Range<Int>)? {
        guard let colon = sentence.first(where: { text.chars[$0] == ":" && text.depth[$0] == 0 }) else { return nil }
        let label = text.trimmed(sentence.lowerBound..<colon)
        let list = (colon + 1)..<sentence.upperBound
        guard !label.isEmpty, !hasFigure(label),
            let semicolon = list.first(where: { text.chars[$0] == ";" && text.depth[$0] == 0 }),
            // Each item names its own part: "Tỷ lệ …: 95%; số hộ …" is one target, then another.
            TargetPhrase.read(text.string(list.lowerBound..<semicolon), qualitative: false) != nil
        else { return nil }
        return (text.string(label), list)
    }

    /// A period ends a sentence when a capital, a figure or a bracket follows; "3.945" is a figure.
    func sentences() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        let chars = text.chars
        for i in chars.indices where chars[i] == "." && text.depth[i] == 0 && i + 2 < chars.count && chars[i + 1] == " " {
            let next = chars[i + 2]
            guard next.isUppercase || next.isNumber || next == "(" else { continue }
            result.append(text.trimmed(start..<i, dropping: [".", ";"]))
            start = i + 1
        }
        result.append(text.trimmed(start..<chars.count, dropping: [".", ";", "/"]))
        return result.filter { !$0.isEmpty }
    }
}
