import Foundation
import KTXHCore

extension TargetPhrase {
    // MARK: Form 2

    /// "98% hộ gia đình …", "Có 03 phường hoàn thành …": the first figure outside brackets, with the
    /// comparison or change words just before it and its unit after, is the target.
    static func targetThenName(_ text: PhraseText, core: Range<Int>) -> TargetPhrase? {
        guard let start = firstFigure(text, in: core) else { return nil }
        var lead = start
        for _ in 0..<3 {
            guard let previous = wordStart(before: lead, in: text), previous >= core.lowerBound,
                Lexicon.targetLead.contains(text.word(at: previous))
            else { break }
            lead = previous
        }
        let numberEnd = figureEnd(text, from: start, limit: core.upperBound)
        // The engine may not read every lead word ("có thêm 02 tổ dân phố"): start at the first it reads.
        let unitEnd = unitEnd(text, from: numberEnd, limit: core.upperBound)
        // A share ("52/52 thôn, tổ dân phố văn hóa") names its whole as its unit.
        let isShare = text.string(start..<numberEnd).contains("/")
        var reading: (Range<Int>, TargetExpression)?
        // "02 xã trở lên đạt chuẩn nông thôn mới": at least two; what follows names what is counted.
        var bounded = unitEnd
        for bound in [" trở lên", " trở xuống"] where text.string(unitEnd..<min(core.upperBound, unitEnd + bound.count)) == bound
        {
            bounded = unitEnd + bound.count
        }
        for from in text.wordStarts where from >= lead && from <= start {
            for range in [from..<core.upperBound, from..<bounded, from..<unitEnd] where !range.isEmpty {
                let expression = TargetExpression.parse(text.string(range))
                // "4 xã nông thôn mới kiểu mẫu" counts "xã": the rest names what is counted.
                if range.upperBound > unitEnd, !isShare, expression.unit.flatMap(Lexicon.countWord) != nil { continue }
                if isTarget(expression, afterColon: false), expression.referenceValue != nil || isChange(expression) {
                    reading = (range, expression)
                    break
                }
            }
            if reading != nil { break }
        }
        guard let (range, parsed) = reading else { return nil }
        var expression = parsed
        // "80% dân số trở lên sử dụng nước sạch": the bound said after what the share is of.
        let following = text.wordStarts.filter { $0 > unitEnd && $0 < core.upperBound }.prefix(4).map { text.word(at: $0) }
        // "05 xã đạt chuẩn nông thôn mới trở lên": at least five, the bound said at the end; not "… OCOP 3 sao trở
        // lên", "… hoàn thành tốt nhiệm vụ trở lên", "… mức độ 2 trở lên", where it is a grade's.
        let between = " " + text.string(unitEnd..<core.upperBound).lowercased()
        let boundAtEnd =
            between.hasSuffix(" trở lên") && !between.contains(where: \.isNumber)
            && ![" tốt ", " sao ", " mức ", " khá ", " hạng ", " loại "].contains(where: between.contains)
        if case .value = expression.kind, range.upperBound == unitEnd,
            expression.unit == "%"
                && following.firstIndex(of: "trở").map({ $0 > 0 && following.count > $0 + 1 && following[$0 + 1] == "lên" })
                    == true
                || boundAtEnd && range.upperBound < core.upperBound - " trở lên".count
        {
            expression = TargetExpression.parse(text.string(range) + " trở lên")
        }
        var change: ChangeDirection?
        // "có thêm 02 tổ dân phố …" adds two.
        let adds = text.string(lead..<start).lowercased().split(separator: " ").contains("thêm")
        if adds, !isChange(expression) {
            change = .increase
            expression = TargetExpression.parse(text.string(range), asChange: .increase)
        }
        // "đạt 13,5% tăng tổng giá trị sản phẩm trên địa bàn": what follows the figure says it is a growth.
        let named = text.string(text.trimmed(unitEnd..<core.upperBound)).lowercased()
        if change == nil, !isChange(expression), expression.unit == "%" {
            change = named.hasPrefix("tăng ") ? .increase : named.hasPrefix("giảm ") ? .decrease : nil
            if let change { expression = TargetExpression.parse(text.string(range), asChange: change) }
        }
        // "giảm từ 2 đến 2,5% tỷ lệ hộ nghèo": a range the figure changes by.
        if case .range = expression.kind, change == nil {
            let verbs = text.string(lead..<start).lowercased().split(separator: " ")
            change = verbs.contains("giảm") ? .decrease : verbs.contains("tăng") ? .increase : nil
        }
        let before = Lexicon.withoutAimClause(text.string(text.trimmed(core.lowerBound..<lead, dropping: [",", ":"])))
        let leadWords = text.string(lead..<start).split(separator: " ").map(String.init)
            .filter { !Lexicon.comparisonWords.contains($0.lowercased()) }
        // "trồng mới 2.850 ha rừng" names "trồng mới rừng": a measure is no part of the name, a count word is
        // ("52/52 thôn, tổ dân phố văn hóa").
        let unitWords = text.string(numberEnd..<unitEnd).trimmingCharacters(in: .whitespaces).lowercased()
        let measured = ["ha", "km", "tấn", "m2", "m3", "tỷ đồng", "triệu đồng", "triệu usd", "tỷ usd"].contains(unitWords)
        var after = text.string(text.trimmed((measured ? unitEnd : numberEnd)..<core.upperBound, dropping: [",", ":"]))
        // "1,5 triệu lượt khách đến tham quan" names "lượt khách đến tham quan", without the scale.
        if !measured, Lexicon.scaledUnit(atStartOf: unitWords) == unitWords, let space = after.firstIndex(of: " ") {
            after = String(after[after.index(after: space)...])
        }
        // "85% trở lên thôn, khu phố …": the bound is the figure's.
        for bound in ["trở lên ", "trở xuống "] where after.lowercased().hasPrefix(bound) { after.removeFirst(bound.count) }
        // "65.000 căn nhà ở xã hội trở lên": the bound said after the name is the figure's too.
        for bound in [" trở lên", " trở xuống"] where boundAtEnd && after.lowercased().hasSuffix(bound) {
            after.removeLast(bound.count)
        }
        // "xây dựng thêm 01 trường …" names "xây dựng thêm trường …"; "có thêm 02 tổ dân phố …" names "tổ dân phố …".
        let added = Lexicon.aspirations.contains(before.lowercased()) ? [] : leadWords.filter { $0.lowercased() == "thêm" }
        let parts = (before.isEmpty ? leadWords : [before] + added) + [after]
        let name = Lexicon.withoutAspiration(parts.filter { !$0.isEmpty }.joined(separator: " "))
        guard !name.isEmpty else { return nil }
        return TargetPhrase(
            indicator: name, expression: text.string(range), target: expression, change: change,
            expressionOffset: range.lowerBound, nameFirst: false, adds: adds)
    }

    static func isChange(_ expression: TargetExpression) -> Bool {
        if case .change = expression.kind { return true }
        return false
    }

    /// The first word that is a figure and not a date, a year or a document number.
    static func firstFigure(_ text: PhraseText, in core: Range<Int>) -> Int? {
        text.wordStarts.first { start in
            guard core.contains(start), text.isDigit(at: start) else { return false }
            let word = text.word(at: start)
            let previous = Lexicon.word(before: start, in: text)
            // "sáng 9/12": a day and a month.
            let dayLead = ["ngày", "sáng", "chiều", "tối", "trưa", "hôm"]
            // "đô thị loại 5", "hạng 3": a grade; "Kỷ niệm 50 năm …": an anniversary.
            // "UBND 3 huyện", "Huyện ủy 3 huyện": the bodies addressed.
            let bodies = ["ubnd", "ủy", "hđnd"]
            if (dayLead + bodies + ["số", "tháng", "khóa", "khoá", "lần", "thứ", "loại", "hạng", "niệm"]).contains(previous) {
                return false
            }
            if Lexicon.yearLead.contains(previous), isYear(text, at: start) { return false }
            // "Nghị quyết 29 của Ban Chấp hành Trung ương": a document's number.
            let lead = text.string(max(0, start - 12)..<start).lowercased()
            if ["nghị quyết ", "quyết định ", "chỉ thị ", "kết luận "].contains(where: lead.hasSuffix) { return false }
            // "6 tháng cuối năm", "kế hoạch tài chính 5 năm": a length of time, not a target.
            let following = start + word.count + 1 < text.count ? text.word(at: start + word.count + 1) : ""
            // "tăng trưởng 2 con số": two-digit growth, said in words.
            let digits = following == "con" && text.string(start..<min(text.count, start + word.count + 7)).hasSuffix("con số")
            // "chính quyền địa phương 2 cấp": the two levels of local government.
            if following.hasPrefix("tháng") || following == "ngày" || following.hasPrefix("năm") && (Int(word) ?? 99) <= 10
                || digits || following == "cấp"
            {
                return false
            }
            return !isDateOrDocumentNumber(word)
        }
    }

    /// "09/12/2024", "228/TTr-UBND", "09-NQ/TU": figures that name a day or a document.
    static func isDateOrDocumentNumber(_ word: String) -> Bool {
        if word.filter({ $0 == "/" }).count >= 2 { return true }
        if word.contains(where: { $0 == "/" || $0 == "-" }), word.contains(where: \.isLetter) { return true }
        let years = word.split(separator: "-")
        return years.count == 2 && years.allSatisfy { $0.count == 4 && $0.allSatisfy(\.isNumber) }
    }

    static func wordStart(before offset: Int, in text: PhraseText) -> Int? {
        var end = offset
        while end > 0, text.chars[end - 1] == " " { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, text.chars[start - 1] != " " { start -= 1 }
        return start
    }

    /// Past the figure that starts at `start`: its digits, its "%" (also after a space: "1,8 %") or its
    /// "/" and second figure, as the consistency check's scanner reads it.
    static func figureEnd(_ text: PhraseText, from start: Int, limit: Int) -> Int {
        let chars = Array(text.chars[start..<limit])
        let end: Int
        if let figure = WrittenFigure.scan(chars).first, figure.range.lowerBound == 0 {
            end = start + figure.range.upperBound
        } else {
            end = start + WrittenFigure.numberEnd(chars, from: 0)
        }
        // "từ 20 – 30% xã …", "12,5%– 14,5%": a range is one figure; "nhiệm kỳ 2025 - 2030" is a term.
        guard !isYear(text, at: start) else { return end }
        var next = end
        while next < limit, text.chars[next] == " " { next += 1 }
        // "… đạt 80%  - 94% dân cư …": a figure complete with its sign, then a bullet of a line that lost its breaks.
        if next > end, text.chars[end - 1] == "%" { return end }
        // "từ 80 đến 90% gia đình …" likewise.
        let through = Array("đến ")
        if next + through.count < limit, Array(text.chars[next..<(next + through.count)]) == through {
            next += through.count - 1
        } else {
            guard next < limit, "-–".contains(text.chars[next]) else { return end }
        }
        next += 1
        while next < limit, text.chars[next] == " " { next += 1 }
        guard next < limit, text.isDigit(at: next) else { return end }
        return figureEnd(text, from: next, limit: limit)
    }

    /// The end of the unit after a figure: "%", a count unit from the lexicon, or one word.
    static func unitEnd(_ text: PhraseText, from numberEnd: Int, limit: Int) -> Int {
        if numberEnd > 0, text.chars[numberEnd - 1] == "%" { return numberEnd }
        var start = numberEnd
        while start < limit, text.chars[start] == " " { start += 1 }
        let rest = String(text.chars[start..<limit]).lowercased()
        // "1,5 triệu lượt khách đến tham quan": millions of a unit.
        if let scaled = Lexicon.scaledUnit(atStartOf: rest) { return start + scaled.count }
        for unit in Lexicon.countUnits where rest.hasPrefix(unit) {
            let end = start + unit.count
            if end == limit || !(text.chars[end].isLetter) { return end }
        }
        var end = start
        while end < limit, text.chars[end].isLetter { end += 1 }
        return end
    }
}
