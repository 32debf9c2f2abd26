import Foundation

/// What a reading keeps of the targets it found: a news report repeats a target in its headline or lead, states last
/// year's results before the plan, and lists aims without a figure among figures.
extension ResolutionText {
    /// A news report states a target again on another line, the name longer or shorter ("thu nhập bình quân đầu
    /// người" and "thu nhập bình quân đầu người năm 2030"): one name's words hold the other's. The fuller name is
    /// kept, the first of two as full, a list's over a loose sentence's (the report's lead).
    static func withoutRestatements(_ targets: [ExtractedTarget], loose: Set<Int>) -> [ExtractedTarget] {
        let keys = targets.map { NameKey.key(Lexicon.withoutAspiration($0.indicator)) }
        return targets.indices.filter { i in
            // "GRDP tăng 10%/năm" in a report's lead, "GRDP tăng bình quân từ 10%/năm" further down: the bound.
            let bounded =
                loose.contains(i)
                && targets.indices.contains { j in
                    let t = targets[i]
                    let u = targets[j]
                    return loose.contains(j) && t.comparator == "=" && ["≥", ">", "≤", "<"].contains(u.comparator)
                        && u.value == t.value && u.unit == t.unit && u.change == t.change && u.group == t.group
                        && u.indicator.folded == t.indicator.folded
                }
            guard loose.contains(i), !bounded else { return !bounded }
            guard keys[i].count >= 2 else { return true }
            return !targets.indices.contains { j in
                let t = targets[i]
                let u = targets[j]
                guard j != i, u.line != t.line, u.target.kind == t.target.kind, u.unit == t.unit, u.change == t.change,
                    keys[j].count >= 2, keys[i].isSubset(of: keys[j]) || keys[j].isSubset(of: keys[i])
                else { return false }
                return keys[j].count > keys[i].count || keys[j].count == keys[i].count && (j < i || !loose.contains(j))
            }
        }.map { targets[$0] }
    }

    /// "Tổng vốn đầu tư … đạt hơn 57 nghìn tỷ đồng." in a paragraph read on from a session's announcement, and
    /// further down "Năm 2023, tỉnh phấn đấu: …; tổng vốn đầu tư … đạt 63.500 tỷ đồng": the same indicator twice with
    /// two figures, the first where nothing is set and no year is named, is last year's result before the plan, and
    /// so is the rest of its paragraph. The positions in `targets` of such results.
    static func earlierResults(_ targets: [ExtractedTarget], loose: Set<Int>, lines: [TargetSection.Line]) -> Set<Int> {
        let paragraphs = targets.map { target in
            lines.firstIndex { $0.number == target.line || $0.breaks.contains { $0.line == target.line } }
        }
        // Whether a paragraph sets targets, and whether it is quiet: it sets none and names no year.
        func judgement(_ text: String) -> (sets: Bool, quiet: Bool) {
            let folded = StatedTargets.plain(text)
            let sets = StatedTargets.strongWords.contains(where: folded.contains)
            return (sets, !sets && folded.range(of: "20[0-9][0-9]", options: .regularExpression) == nil)
        }
        // Each paragraph judged once: a text on one line is one paragraph holding every target.
        var known: [Int: (sets: Bool, quiet: Bool)] = [:]
        let judgements = targets.indices.map { i in
            guard let paragraph = paragraphs[i] else { return judgement(targets[i].sentence) }
            if let judged = known[paragraph] { return judged }
            let judged = judgement(lines[paragraph].text)
            known[paragraph] = judged
            return judged
        }
        // "hơn 57 nghìn tỷ đồng" then "63.500 tỷ đồng".
        func unit(_ i: Int) -> String? { targets[i].unit.map { $0.replacingOccurrences(of: "nghìn ", with: "") } }
        let keys = targets.map { NameKey.key(Lexicon.withoutAspiration($0.indicator)) }
        let results = targets.indices.filter { i in
            let t = targets[i]
            guard loose.contains(i), keys[i].count >= 2, t.comparator != "text", judgements[i].quiet else { return false }
            return targets.indices.contains { j in
                let u = targets[j]
                return j > i && u.line > t.line && loose.contains(j) && keys[j] == keys[i] && unit(j) == unit(i)
                    && u.change == t.change && u.group == t.group && u.value != t.value && judgements[j].sets
            }
        }
        // The paragraphs after it that set nothing either, until one does, go on reporting.
        var reporting = Set(results.compactMap { paragraphs[$0] })
        if let first = reporting.min() {
            for index in lines.indices.dropFirst(first + 1) {
                guard judgement(lines[index].text).quiet else { break }
                reporting.insert(index)
            }
        }
        return Set(targets.indices.filter { loose.contains($0) && paragraphs[$0].map(reporting.contains) == true })
    }

    /// A sentence that sets targets in a news report may list, among its figures, a target without one
    /// ("…; thu ngân sách đạt và vượt chỉ tiêu giao hằng năm; hoàn thành công tác quốc phòng, …"): kept when the
    /// same sentence sets a figure too and the phrase says what is to be reached, short as a listed target is.
    static func withListedTextTargets(_ targets: [ExtractedTarget]) -> [ExtractedTarget] {
        targets.filter { target in
            guard target.comparator == "text" else { return true }
            let words = " " + target.expression.folded + " "
            return target.expression.split(separator: " ").count <= 16 && !TargetSection.hasFigure(target.expression)
                && Lexicon.reachedStates.contains { words.contains(" \($0) ") }
                && targets.contains { $0.comparator != "text" && $0.sentence == target.sentence }
        }
    }

    /// A news report's headline ("Hải Phòng đặt mục tiêu tăng trưởng năm 2024 ở mức 11,5-12%") states a target its
    /// text states again (a word of the name in common, the figure rounded: "hơn 170 tỷ đồng" for 170,89, "trên
    /// 10%" for "từ 10% trở lên"): the text's reading is kept.
    static func withoutHeadlineRepeats(_ targets: [ExtractedTarget], firstLine: Int?) -> [Int] {
        targets.indices.filter { index in
            let target = targets[index]
            guard target.line == firstLine, target.comparator != "text", let value = target.value else { return true }
            let words = NameKey.key(target.indicator)
            return !targets.contains {
                // "… 5.250.000 lượt người" in the headline, "5.250.000 lượt" in the text: the same unit, said longer.
                let sameUnit =
                    $0.unit == target.unit
                    || $0.unit.flatMap { unit in target.unit.map { $0.hasPrefix(unit + " ") || unit.hasPrefix($0 + " ") } }
                        == true
                guard $0.line != firstLine, sameUnit, target.change == nil || $0.change == target.change,
                    let other = $0.value,
                    !NameKey.key($0.indicator).isDisjoint(with: words)
                else { return false }
                return ($0.comparator == target.comparator && other == value && $0.valueMax == target.valueMax)
                    || abs(other - value) <= value.magnitude / 10 && target.valueMax == nil
            }
        }
    }
}
