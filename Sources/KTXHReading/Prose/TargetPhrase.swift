import Foundation
import KTXHCore

/// Cụm chỉ tiêu: one phrase read as an indicator and its target, by the three forms officials use.
///
/// 1. Name, then target: "Thu NSNN trên địa bàn đạt 346 tỷ đồng", "Trồng rừng: 3.485ha". The target is
///    the longest ending of the phrase the engine's target grammar reads whole, so figures earlier in
///    the name ("100 triệu đồng/ha", "dưới 5 tuổi", "từ đại học trở lên") stay in the name.
/// 2. Target, then name: "98% hộ gia đình …", "52/52 thôn, tổ dân phố văn hóa", "Tăng 02 trường học
///    đạt chuẩn …": the first figure outside brackets with its unit is the target.
/// 3. No figure: "giảm tai nạn giao thông so với năm 2024" is a change without a size; anything else
///    is a qualitative target, kept whole for a person.
package struct TargetPhrase: Hashable {
    var indicator: String
    var expression: String
    var target: TargetExpression
    var change: ChangeDirection?
    /// Where `expression` starts in the phrase.
    var expressionOffset: Int
    /// The name came first (form 1): only then may it say that the figure is a change.
    var nameFirst = true
    /// The target named its base: "… 0,2% so với năm 2024".
    var hasBase = false
    /// The part of `expression` the engine read, when it is not all of it ("trên cả 3 tiêu chí …" → "3 tiêu chí").
    var figure: String?
    /// "có thêm 8 xã …": the target adds to what there is, and so do the counts listed after it.
    var adds = false

    /// Reads `phrase`; nil when it holds no target at all. `qualitative` allows form 3, which only a
    /// list of targets under its heading may use: elsewhere a sentence without a figure is not a target.
    /// `afterTarget`: a target of the same sentence was read before, so a figure alone may be read as its (`bareFigure`).
    static func read(_ phrase: String, qualitative allowed: Bool = true, afterTarget: Bool = false) -> TargetPhrase? {
        let text = PhraseText(phrase)
        let core = withoutTrailingNote(text)
        guard !core.isEmpty else { return nil }
        let named = nameThenTarget(text, core: core)
        if afterTarget, let bare = bareFigure(text, core: core, named: named) { return bare }
        // "72 xã đạt 19 tiêu chí nông thôn mới", "có 3.188 doanh nghiệp": a name that is only a count or an
        // opening names nothing; the target was said first.
        var first = named ?? nameThenTargetBeforeAims(text, core: core)
        // "Hình thành 2 cụm công nghiệp", "đào tạo nghề cho 300 lao động nông thôn": a short name that is a verb
        // and a count of something; what is counted names the target.
        // "trồng mới, khoanh nuôi phục hồi 300 ha diện tích cây lâm nghiệp": a measure, then what is measured.
        let countsSomething = first.map { reading in
            let word = reading.target.unit.flatMap(Lexicon.countWord)
            return word != nil && reading.indicator.split(separator: " ").count <= 4
                || word.map(Lexicon.measureWords.contains) == true
        }
        // "20 xã biên giới phấn đấu đạt bình quân từ 11,5-12 tiêu chí/xã": the count says who; the average is the target.
        let averagePerUnit = first.map { reading in
            reading.target.unit?.contains("/") == true
                && (reading.indicator + " " + reading.expression).folded.contains("binh quan")
        }
        if let name = first?.indicator, averagePerUnit != true,
            name.first?.isNumber == true || (Lexicon.aspirations + ["duy trì"]).contains(name.lowercased())
                || countsSomething == true,
            let other = targetThenName(text, core: core)
        {
            first = other
        }
        if let reading = first ?? targetThenName(text, core: core) {
            // "11 chỉ tiêu kinh tế gồm: …", "5 nhiệm vụ trọng tâm", "3 khâu đột phá" count what follows.
            let after = text.string(reading.expressionOffset..<text.count).folded.drop { !$0.isLetter && $0 != "%" }
            if Lexicon.countedParts.contains(where: { after.hasPrefix($0) }) { return nil }
            // "100% đại biểu có mặt tán thành", "đại diện cho 338 đảng viên": who sat at a session.
            if after.hasPrefix("% dai bieu") || reading.indicator.folded.hasSuffix("dai dien cho") { return nil }
            // "phấn đấu đạt 17 chỉ tiêu", "1 trong 2 đơn vị": a count of targets, one of several.
            let unit = reading.target.unit?.folded ?? ""
            // "Trung tâm Thương mại tại số 27 Nguyễn Văn Cừ": an address; a unit is not a person's or a street's name.
            let unitWords = reading.target.unit?.split(separator: " ") ?? []
            if unitWords.count >= 2,
                unitWords.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) })
            {
                return nil
            }
            // "mô hình chính quyền địa phương 2 cấp": the levels of government, no count to reach.
            if unit == "trong" || unit == "cap" || Lexicon.countedParts.contains(where: { unit.hasPrefix($0) }) { return nil }
            // "phổ cập giáo dục mầm non cho trẻ từ 3 - 5 tuổi": an age says who, the target has no figure; a life's
            // length ("tuổi thọ trung bình 74,5 tuổi") is one.
            if unit == "tuoi", !reading.indicator.folded.contains("tuoi tho") {
                return allowed ? qualitative(text, core: core) : nil
            }
            // "Dân số trung bình 7.129 người": a forecast of the place, not an aim.
            if ["dan so trung binh", "dan so toan"].contains(where: reading.indicator.folded.hasPrefix) { return nil }
            return reading.withChangeFromName().namedByWhatItCounts().countingWithoutNew()
        }
        return allowed ? qualitative(text, core: core) : nil
    }

    /// "…; 19 - 20% vào năm 2030", "…, 38% năm 2030": a figure alone, the same indicator's at another date; nil when
    /// the phrase names something (`named` is its form-1 reading). Its name is the target's before it (the caller's).
    static func bareFigure(_ text: PhraseText, core: Range<Int>, named: TargetPhrase?) -> TargetPhrase? {
        let said = text.string(core)
        guard named.map({ Lexicon.namesNothing($0.indicator) }) ?? true, TargetSection.hasFigure(said),
            targetThenName(text, core: core) == nil,
            let whole = parseCandidate(said), isTarget(whole.expression, afterColon: false), whole.expression.unit != nil
        else { return nil }
        return TargetPhrase(
            indicator: "", expression: said, target: whole.expression, change: whole.change,
            expressionOffset: core.lowerBound, hasBase: whole.hasBase, figure: whole.figure)
    }

    /// "kết nạp 15 đảng viên mới", "thành lập 100 doanh nghiệp mới": new ones of a count unit are counted in it.
    func countingWithoutNew() -> TargetPhrase {
        guard let unit = target.unit, unit.lowercased().hasSuffix(" mới"),
            Lexicon.countUnits.contains(String(unit.lowercased().dropLast(" mới".count)))
        else { return self }
        var reading = self
        reading.target.unit = String(unit.dropLast(" mới".count))
        return reading
    }

    /// "tăng GRDP từ 8% - 8,5% trong năm 2024", "… đạt 86,4 triệu đồng vào năm 2030": the year a target is for,
    /// said after it.
    static func withoutTrailingYear(_ text: PhraseText, in range: Range<Int>) -> Range<Int> {
        var starts = text.wordStarts.filter { range.contains($0) }
        // "giai đoạn 2021 - 2030": a term with a spaced dash is one word.
        if starts.count >= 5, ["-", "–"].contains(text.word(at: starts[starts.count - 2])),
            Lexicon.isYear(Substring(text.word(at: starts[starts.count - 3])))
        {
            starts.removeLast(2)
        }
        guard starts.count >= 3, Lexicon.isYear(Substring(text.word(at: starts[starts.count - 1]))),
            ["năm", "kỳ", "đoạn"].contains(text.word(at: starts[starts.count - 2]).lowercased())
        else { return range }
        var cut = starts[starts.count - 2]
        if text.word(at: starts[starts.count - 2]).lowercased() != "năm" {
            guard starts.count >= 4 else { return range }
            cut = starts[starts.count - 3]
        }
        if let before = starts.last(where: { $0 < cut }) {
            let word = text.word(at: before).lowercased()
            // "so với năm 2024" is a change's base, "trước năm 2025" a deadline, "loại 5" a grade.
            if ["với", "trước", "sau", "từ", "kỳ", "loại"].contains(word) { return range }
            if ["trong", "vào", "đến", "của", "cho", "cả"].contains(word) { cut = before }
        }
        // The target ends where the year starts: "… xã đạt Bộ tiêu chí … giai đoạn đến năm 2030" is a name's year.
        let rest = text.trimmed(range.lowerBound..<cut, dropping: [","])
        let tail = text.wordStarts.filter { rest.contains($0) }.suffix(3).map { text.word(at: $0) }
        guard !rest.isEmpty, tail.contains(where: { $0.contains(where: \.isNumber) || $0.contains("%") }) else { return range }
        return rest
    }

    /// "12 xã (gồm: Giáo Hiệu, Vũ Muộn, …)": a list in brackets after the target names what it counts.
    static func withoutTrailingNote(_ text: PhraseText, in range: Range<Int>? = nil) -> Range<Int> {
        var all = withoutTrailingYear(text, in: text.trimmed(range ?? 0..<text.count, dropping: [".", ";", ",", "…"]))
        all = withoutTrailingQuota(text, in: all)
        // "61,1 triệu đồng (tương đương 2.848 USD": a bracket left open says the same again, or nothing.
        if let open = text.unclosed.filter(all.contains).min(), open > all.lowerBound {
            all = text.trimmed(all.lowerBound..<open, dropping: [",", ";"])
        }
        guard all.upperBound > 0, text.chars[all.upperBound - 1] == ")",
            let open = (all.lowerBound..<all.upperBound).last(where: { text.chars[$0] == "(" && text.depth[$0] == 0 }),
            open > all.lowerBound
        else { return all }
        return text.trimmed(all.lowerBound..<open, dropping: [",", ";"])
    }

    /// "… tăng bình quân 10-12%/năm theo chỉ tiêu Quận giao": whose quota the target is, said after it; "… 15%/năm
    /// sau khi loại trừ thu tiền đấu giá quyền sử dụng đất": what it leaves out.
    static func withoutTrailingQuota(_ text: PhraseText, in range: Range<Int>) -> Range<Int> {
        let said = text.string(range).lowercased()
        let quotas = [
            " theo chỉ tiêu ", " theo kế hoạch ", " theo nghị quyết ", " theo dự toán ", " sau khi loại trừ ", " không kể ",
            " chưa kể ", " không tính ", " không bao gồm ",
        ]
        // "… từ 59 đến 65 xã trong tổng số 117 xã": the whole the target is counted in.
        if let whole = said.range(of: " (trong|trên) tổng số [0-9]", options: [.regularExpression, .backwards]) {
            let offset = said.distance(from: said.startIndex, to: whole.lowerBound)
            let before = text.string(range.lowerBound..<(range.lowerBound + offset))
            if TargetSection.hasFigure(before) {
                return text.trimmed(range.lowerBound..<(range.lowerBound + offset), dropping: [","])
            }
        }
        guard let cut = quotas.compactMap({ said.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return range }
        let offset = said.distance(from: said.startIndex, to: cut.lowerBound)
        let before = text.string(range.lowerBound..<(range.lowerBound + offset))
        guard TargetSection.hasFigure(before), !TargetSection.hasFigure(String(said[cut.upperBound...])) else { return range }
        return text.trimmed(range.lowerBound..<(range.lowerBound + offset), dropping: [","])
    }

    // MARK: Form 1

    /// The most words a target's own part runs to, its unit and base included.
    static let longestTarget = 40

    /// The longest ending of the phrase that reads as a target, or what follows its last ":".
    static func nameThenTarget(_ text: PhraseText, core: Range<Int>) -> TargetPhrase? {
        if let colon = text.positions(of: ":").last(where: { core.contains($0) }) {
            let right = text.trimmed((colon + 1)..<core.upperBound)
            let left = text.trimmed(core.lowerBound..<colon)
            if !left.isEmpty, let reading = parseCandidate(text.string(right)),
                isTarget(reading.expression, afterColon: true)
            {
                return TargetPhrase(
                    indicator: text.string(left), expression: text.string(right), target: reading.expression,
                    change: reading.change, expressionOffset: right.lowerBound, hasBase: reading.hasBase,
                    figure: reading.figure)
            }
        }
        // A target is a few words at the end ("đạt từ 7,5% đến 8% so với cùng kỳ năm trước"): only the last
        // `longestTarget` words are tried, so a phrase with no mark in it (a page pasted without punctuation) costs
        // its length, not its length squared.
        let starts = text.wordStarts.filter { $0 > core.lowerBound && $0 < core.upperBound }.suffix(Self.longestTarget)
        for start in starts {
            let candidate = start..<core.upperBound
            guard let reading = parseCandidate(text.string(candidate)),
                isTarget(reading.expression, afterColon: false), accepts(text, candidate: candidate, reading.expression)
            else { continue }
            let name = text.trimmed(core.lowerBound..<start, dropping: [":", ","])
            guard !name.isEmpty else { return nil }
            return TargetPhrase(
                indicator: text.string(name), expression: text.string(candidate), target: reading.expression,
                change: reading.change, expressionOffset: start, hasBase: reading.hasBase, figure: reading.figure)
        }
        return nil
    }

    /// "tăng trưởng kinh tế ở mức 10% trở lên, chuyển dịch cơ cấu kinh tế theo hướng bền vững, …": a target, then
    /// aims without a figure joined to it by commas.
    static func nameThenTargetBeforeAims(_ text: PhraseText, core: Range<Int>) -> TargetPhrase? {
        for comma in text.positions(of: ",").filter(core.contains).reversed()
        where !PhraseSplitter.joinsCountUnit(text, at: comma) {
            guard !TargetSection.hasFigure(text.string(comma..<core.upperBound)) else { return nil }
            let before = text.trimmed(core.lowerBound..<comma)
            // "trên 57,5% xã đạt chuẩn …, không còn xã dưới 15 tiêu chí, có thêm …" said its first target figure first.
            if !before.isEmpty, let reading = nameThenTarget(text, core: before) {
                return TargetSection.hasFigure(reading.indicator) ? nil : reading
            }
        }
        return nil
    }

    /// The engine's reading of a target, helped where officials write more than it reads: a change
    /// by a range ("giảm 3 - 4% so với năm trước") and a base after a plain figure ("0,2% so với năm 2024").
    static func parseCandidate(_ written: String) -> Candidate? {
        // "đạt 100% chỉ tiêu trở lên", "100% kế hoạch được giao trở lên": at least the whole quota.
        let candidate = written.replacingOccurrences(
            of: "%( (chỉ tiêu|kế hoạch|dự toán)( được| tỉnh| huyện)?( giao)?) trở lên", with: "% trở lên",
            options: [.regularExpression, .caseInsensitive])
        // "tỷ lệ hộ nghèo giảm dưới 0,5%": the level to come under, not a change smaller than that.
        for level in ["giảm dưới ", "giảm xuống dưới "]
        where candidate.lowercased().hasPrefix(level) && !candidate.contains("/năm") {
            let under = TargetExpression.parse(String(candidate.dropFirst(level.count - "dưới ".count)))
            if !isText(under) { return Candidate(expression: under, change: nil, hasBase: false, figure: nil) }
        }
        var whole = TargetExpression.parse(candidate)
        let hasBase = candidate.lowercased().contains(" so với ")
        // "từ 10-12% trở lên": a range said with a floor's words; the range is what is aimed at.
        if isText(whole), candidate.lowercased().hasSuffix(" trở lên") {
            let range = TargetExpression.parse(String(candidate.dropLast(" trở lên".count)))
            if case .range = range.kind { whole = range }
        }
        if !isText(whole) {
            return Candidate(expression: whole, change: nil, hasBase: hasBase, figure: candidate == written ? nil : candidate)
        }
        var core = candidate
        // "… 0,2% so với năm 2024" names its base; "5 năm so với GRDP đạt 60% trở lên" goes on to its target.
        if let base = core.range(of: " so với ", options: .caseInsensitive),
            !TargetSection.hasFigure(String(core[base.upperBound...]))
        {
            core = String(core[..<base.lowerBound])
        }
        var change: ChangeDirection?
        let lower = core.lowercased()
        if lower.hasPrefix("giảm ") {
            change = .decrease
        } else if lower.hasPrefix("tăng "), !lower.hasPrefix("tăng trưởng") {
            change = .increase
        }
        if change != nil { core = String(core.dropFirst(5)) }
        // "bằng 1,7 lần so với năm 2020", "gấp 2 lần năm 2020": a multiple of the base, a growth.
        for multiple in ["bằng ", "gấp "] where change == nil && lower.hasPrefix(multiple) {
            let rest = String(core.dropFirst(multiple.count))
            if TargetExpression.parse(rest).unit?.lowercased().hasPrefix("lần") == true {
                core = rest
                change = .increase
            }
        }
        // "tăng gấp 1,8 lần so với năm 2025": the size of the change, as a multiple.
        if change != nil, core.lowercased().hasPrefix("gấp ") { core = String(core.dropFirst(4)) }
        // "giảm ở mức dưới 2%", "giảm xuống còn 1,5%": the level to come down to, not the size of a change.
        for level in ["ở mức ", "xuống còn ", "xuống ", "còn "] where change != nil && core.lowercased().hasPrefix(level) {
            core = String(core.dropFirst(level.count))
            change = nil
        }
        // "tăng bình quân 8,5-9,5%/năm": a yearly average over a term.
        for average in ["bình quân hàng năm ", "bình quân hằng năm ", "bình quân mỗi năm ", "bình quân ", "khoảng "]
        where core.lowercased().hasPrefix(average) {
            core = String(core.dropFirst(average.count))
            // "Thu nhập bình quân đạt 59 triệu đồng", "thu nhập bình quân 43,8 triệu đồng/người/năm": the average is
            // what the name measures, not a yearly rate.
            if change == nil, average.hasPrefix("bình quân"), core.lowercased().hasPrefix("đạt ") { return nil }
            if change == nil, average.hasPrefix("bình quân"), TargetExpression.parse(core).unit?.hasPrefix("%") == false {
                return nil
            }
        }
        // "giảm tai nạn giao thông trên cả 3 tiêu chí": every one of three criteria.
        for all in ["trên cả ", "cả "] where core.lowercased().hasPrefix(all) { core = String(core.dropFirst(all.count)) }
        guard core != candidate else { return nil }
        let expression = TargetExpression.parse(core)
        guard !isText(expression) else { return nil }
        if let change, case .range = expression.kind {
            return Candidate(expression: expression, change: change, hasBase: hasBase, figure: core)
        }
        if let change {
            return Candidate(
                expression: TargetExpression.parse(core, asChange: change), change: change, hasBase: hasBase, figure: core)
        }
        return Candidate(expression: expression, change: nil, hasBase: hasBase, figure: core)
    }

    struct Candidate {
        var expression: TargetExpression
        var change: ChangeDirection?
        var hasBase: Bool
        var figure: String?
    }

    static func isText(_ expression: TargetExpression) -> Bool {
        if case .text = expression.kind { return true }
        return false
    }

    static func isTarget(_ expression: TargetExpression, afterColon: Bool) -> Bool {
        switch expression.kind {
        case .text: false
        case .yesNo, .change(_, nil): afterColon
        default: true
        }
    }

    /// Rules that keep a figure belonging to the name out of the target.
    static func accepts(_ text: PhraseText, candidate: Range<Int>, _ expression: TargetExpression) -> Bool {
        let unit = expression.unit?.lowercased() ?? ""
        // "từ 3 sao trở lên", "dưới 5 tuổi": ratings and ages qualify the name.
        if Lexicon.qualifierUnits.contains(where: { unit.hasPrefix($0) }) { return false }
        let previous = Lexicon.word(before: candidate.lowerBound, in: text)
        // "nhiệm kỳ 2020 - 2025", "giai đoạn 2026-2030": a term, not a range to reach.
        // "2.000-2.100 tỷ đồng" is written with its thousands mark: a sum.
        if case .range = expression.kind,
            let written = text.string(candidate).split(separator: " ").first(where: { $0.first?.isNumber == true }),
            Lexicon.isYear(written)
        {
            return false
        }
        // "sinh con thứ 3 trở lên": an ordinal; "giá trị sản phẩm trên 1 ha đất trồng trọt": per hectare.
        // "Kỷ niệm 50 năm ngày thành lập": an anniversary.
        if previous == "thứ" || previous == "niệm" { return false }
        // "bế mạc kỳ họp sau 3 ngày làm việc": how long something took.
        // "Trong 3 ngày (18 - 20/12), HĐND huyện họp …", "kế hoạch … 6 tháng, nhiệm vụ …": a length of time.
        if ["sau", "qua", "trong"].contains(previous), ["ngày", "tháng", "giờ", "tuần"].contains(where: { unit.hasPrefix($0) }) {
            return false
        }
        if unit.hasPrefix("tháng"), !Lexicon.linkers.contains(previous) { return false }
        // "tăng trưởng 2 con số": two-digit growth, said in words.
        if unit.hasPrefix("con số") || unit == "con" && text.string(candidate.upperBound..<text.count).hasPrefix(" số") {
            return false
        }
        // "Kế hoạch đầu tư công trung hạn 05 năm", "trong giai đoạn 5 năm tiếp theo": a length of time.
        if unit == "năm" || unit.hasPrefix("năm "), !Lexicon.linkers.contains(previous),
            (expression.referenceValue ?? 100) <= 10
        {
            return false
        }
        if case .bound(.greater, 1) = expression.kind, unit != "%", text.string(candidate).lowercased().hasPrefix("trên 1 ") {
            return false
        }
        if Lexicon.yearLead.contains(previous), isYear(text, at: candidate.lowerBound) { return false }
        // A bare figure with no unit and no linking word is a level or a grade: "lớp 1", "mức độ 1".
        if text.isDigit(at: candidate.lowerBound), expression.unit == nil, !Lexicon.linkers.contains(previous) {
            return false
        }
        return true
    }

    /// "2025", "2025:", "2025–2030": a year or a term.
    static func isYear(_ text: PhraseText, at offset: Int) -> Bool {
        Lexicon.isYear(Substring(text.word(at: offset)))
    }
}
