import Foundation
import KTXHCore

/// Văn bản nghị quyết: reads the targets a resolution states in its prose, as a planning officer
/// reads them, whatever the locality's style: numbered "2.1." or "(1)", bullets under group
/// headings, one long sentence cut by ";", "Chỉ tiêu: giá trị", the value before the name, a news
/// article retelling it. Rules and examples: docs/reading.md.
public enum ResolutionText {
    /// The targets of `text`, in the document's order. Tables (tab-separated lines) are not read here:
    /// a resolution's appendix goes through `PlanTable`.
    public static func extractTargets(_ text: String) -> [ExtractedTarget] {
        let lines = ProseLayout.lines(text)
        var sections = TargetSection.find(in: lines)
        // A news report that retells a list inline ("… về kinh tế có 6 chỉ tiêu gồm: …") sets targets in its other
        // sentences too ("… ngành nông nghiệp phải phấn đấu tăng trưởng trên 3%").
        if !sections.isEmpty, sections.allSatisfy(\.isInline) {
            let listed = Set(sections.flatMap { $0.lines.map(\.number) })
            sections = TargetSection.unheaded(lines.filter { !listed.contains($0.number) }) + sections
        }
        var (targets, loose) = read(sections)
        // Headings with no target under them (a page cut after its heading): the targets are stated elsewhere.
        if targets.isEmpty { (targets, loose) = read(TargetSection.unheaded(lines)) }

        // A headline is a short line without a sentence's end at the top; a text may open with its body instead,
        // or with a picture's caption ("Quang cảnh kỳ họp.") or the time it was posted ("16/06/2015 - 07:29").
        let headline = lines.prefix(4).first { line in
            let words = line.text.split(separator: " ")
            return words.count <= 25 && words.filter { $0.contains(where: \.isLetter) }.count >= 4
                && !".;:".contains(line.text.last ?? ".")
        }
        var kept = withoutHeadlineRepeats(targets, firstLine: headline?.number)
        let results = earlierResults(
            kept.map { targets[$0] }, loose: Set(kept.indices.filter { loose.contains(kept[$0]) }), lines: lines)
        kept = kept.indices.filter { !results.contains($0) }.map { kept[$0] }
        return withoutRestatements(kept.map { targets[$0] }, loose: Set(kept.indices.filter { loose.contains(kept[$0]) }))
    }

    /// The targets of `sections` in order, and which of them were read outside a list of targets.
    static func read(_ sections: [TargetSection]) -> (targets: [ExtractedTarget], loose: Set<Int>) {
        var targets: [ExtractedTarget] = []
        var loose: Set<Int> = []
        for section in sections {
            for item in TargetItem.items(in: section) {
                // A list inline after its heading ("Một số chỉ tiêu đáng chú ý như: …; xã đạt chuẩn nông thôn mới nâng
                // cao; …") holds text targets as a sentence of a news report does.
                var read = read(item, qualitative: item.isListed || !section.isHeaded || section.isInline)
                if !section.isHeaded || section.isInline && !item.isListed { read = withListedTextTargets(read) }
                // Outside a list of targets, a bare figure is a date's or a session's number more often than a
                // target: there a target has its unit. A news report's lead repeats a target its text sets: read once.
                let kept = read.filter { target in
                    (section.isHeaded || target.unit != nil || target.comparator == "text")
                        && !targets.contains {
                            $0.target.kind == target.target.kind && $0.unit == target.unit
                                && $0.indicator.folded == target.indicator.folded && $0.group == target.group
                        }
                }
                if !section.isHeaded { loose.formUnion(targets.count..<(targets.count + kept.count)) }
                targets += kept
            }
        }
        return (targets, loose)
    }

    /// "b) Cơ cấu kinh tế:" over "Khu vực I: 33,10%; Khu vực II: …": a heading that is the name of what its items
    /// break down, not a field ("Về kinh tế"), is the group of each.
    static func namesItsItems(_ heading: String) -> String? {
        ["co cau", "ty trong", "ti trong", "toc do tang"].contains(where: heading.folded.hasPrefix) ? heading : nil
    }

    /// "… 7,5% (có nhiệt điện)": the case a figure is for, in brackets after it with no figure of their own, and
    /// where they open.
    static func caseInBrackets(_ phrase: String) -> (text: String, offset: Int)? {
        let trimmed = phrase.trimmingCharacters(in: CharacterSet(charactersIn: " .;,…"))
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let words = inside.split(separator: " ")
        guard (1...5).contains(words.count), !inside.contains(where: \.isNumber), !inside.contains("("),
            trimmed[..<open].contains(where: \.isNumber), !String(inside).folded.hasPrefix("trong do")
        else { return nil }
        return (String(trimmed[open...]), trimmed.distance(from: trimmed.startIndex, to: open))
    }

    static func read(_ item: TargetItem, qualitative: Bool) -> [ExtractedTarget] {
        var targets: [ExtractedTarget] = []
        var parents: [Range<Int>: String] = [:]
        var addsOn = false
        // One sentence may hold a whole list ("…: A 8%; B 2.000 tỷ đồng; …"): its text is made once, not per phrase.
        var sentences: [Range<Int>: String] = [:]
        func cached(_ range: Range<Int>) -> String {
            let text = item.text.string(range)
            sentences[range] = text
            return text
        }
        // The last target read with the case its figure is for in brackets after it ("… đạt 7,5% (có nhiệt điện)").
        var qualified: (index: Int, name: String, case: String)?
        for phrase in PhraseSplitter(text: item.text).phrases() {
            let said = item.text.string(phrase.range)
            let sentence = sentences[phrase.sentence] ?? cached(phrase.sentence)
            // "nông nghiệp - công nghiệp - dịch vụ tương ứng 36,20% - 34,50% - 29,30%": the figure of a part named before.
            if let name = phrase.name {
                qualified = nil
                addsOn = false
                let named = [phrase.label, name, said].compactMap { $0 }.joined(separator: " ")
                guard let reading = TargetPhrase.read(named, qualitative: false) else { continue }
                targets.append(
                    ExtractedTarget(
                        number: item.number, indicator: name, expression: reading.expression, target: reading.target,
                        change: reading.change, section: item.heading, group: phrase.label,
                        line: item.line(at: phrase.range.lowerBound), sentence: sentence))
                continue
            }
            let inCase = Self.caseInBrackets(said)
            // "… đạt 7,5% (có nhiệt điện) và 7,75% (không nhiệt điện)": the same indicator's figure in another case.
            if let inCase, let earlier = qualified, targets[earlier.index].sentence == sentence,
                said.first?.isNumber == true,
                let other = TargetPhrase.read(earlier.name + " " + said.dropLast(said.count - inCase.offset), qualitative: false)
            {
                targets[earlier.index].indicator = earlier.name + " " + earlier.case
                var target = ExtractedTarget(
                    number: item.number, indicator: earlier.name + " " + inCase.text, expression: other.expression,
                    target: other.target, change: other.change ?? targets[earlier.index].change, section: item.heading,
                    group: targets[earlier.index].group, line: item.line(at: phrase.range.lowerBound), sentence: sentence)
                if let change = target.change, other.change == nil {
                    target.target = TargetExpression.parse(other.figure ?? other.expression, asChange: change)
                }
                targets.append(target)
                continue
            }
            qualified = nil
            // A figure alone goes on the sentence's last target: "… chiếm 38,5 - 39,5% và 19 - 20% vào năm 2030".
            guard
                var reading = TargetPhrase.read(
                    said, qualitative: qualitative, afterTarget: targets.last?.sentence == sentence)
            else { continue }
            // "Giá trị sản xuất đạt 2.283 tỷ đồng, tăng 37% so với năm 2025", "…, đến năm 2025 đạt 1.610 triệu USD":
            // the second figure is the same indicator's.
            // "tốc độ tăng trưởng kinh tế đạt 9-9,5%, phấn đấu trên 10%": a second figure in the same unit is the same
            // kind of target, a growth when the first was.
            // "… 1.390 tỷ đồng, hoàn thành 100% chỉ tiêu được giao": the target before, said as a share of its quota.
            if let previous = targets.last, previous.sentence == sentence, Lexicon.restatesQuota(reading.indicator) {
                continue
            }
            if let previous = targets.last, previous.sentence == sentence {
                reading = Self.onSameIndicator(reading, after: previous, said: said)
            }
            if let previous = targets.last, Lexicon.namesNothing(reading.indicator) {
                // "…, đến năm 2025 còn dưới 05%": the level it comes down to, not a second change.
                let level = (" " + reading.indicator.folded).hasSuffix(" con") || reading.indicator.folded.hasSuffix("muc")
                reading.indicator = previous.indicator
                reading.nameFirst = true
                if reading.change == nil, !level, let growth = previous.change, previous.target.unit == reading.target.unit {
                    reading.change = growth
                    reading.target = TargetExpression.parse(reading.figure ?? reading.expression, asChange: growth)
                } else if reading.change == nil, !level {
                    reading = reading.withChangeFromName()
                }
            }
            // "… tăng bình quân 9,5%/năm; trong đó, ngành dịch vụ bình quân 10%/năm": a part of a growth grows; a share
            // said first ("100% số thôn, bản có đường …") does not.
            if let parent = phrase.parent, let growth = targets.last(where: { $0.indicator == parents[parent] })?.change,
                reading.change == nil, reading.target.unit == "%", parents[parent] != nil, reading.nameFirst,
                !["chiem", "ty trong", "co cau"].contains(where: reading.indicator.folded.contains)
            {
                reading.change = growth
                reading.target = TargetExpression.parse(reading.figure ?? reading.expression, asChange: growth)
            }
            // "Tỉnh có thêm 8 xã đạt chuẩn nông thôn mới, 12 xã đạt chuẩn nâng cao và 3 huyện …": each count adds.
            // A share ("100% số xã còn lại đạt chuẩn") adds nothing, and the counts after it are levels again.
            if addsOn, !reading.nameFirst, reading.change == nil, reading.expressionOffset == 0, reading.target.unit != nil,
                reading.target.unit != "%"
            {
                reading.change = .increase
                reading.target = TargetExpression.parse(reading.figure ?? reading.expression, asChange: .increase)
                reading.adds = true
            }
            addsOn = reading.adds
            parents[phrase.range] = reading.indicator
            targets.append(
                ExtractedTarget(
                    number: item.number, indicator: reading.indicator, expression: reading.expression,
                    target: reading.target, change: reading.change, section: item.heading,
                    group: phrase.label ?? phrase.parent.flatMap { parents[$0] } ?? item.heading.flatMap(Self.namesItsItems),
                    line: item.line(at: phrase.range.lowerBound + reading.expressionOffset), sentence: sentence))
            qualified = inCase.map { (targets.count - 1, reading.indicator, $0.text) }
        }
        return targets
    }
}
