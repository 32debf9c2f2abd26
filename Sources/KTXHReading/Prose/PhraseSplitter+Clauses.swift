import Foundation

/// Tách vế: a sentence's clauses, cut where one target ends and the next begins.
extension PhraseSplitter {
    /// Cuts at ";", then at a comma that starts a new figure or that follows a complete target.
    func clauses(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where text.chars[i] == ";" && text.depth[i] == 0 {
            parts.append(start..<i)
            start = i + 1
        }
        parts.append(start..<range.upperBound)
        return parts.flatMap(splitAtCommas).flatMap(splitAtAnd).flatMap(splitAtWith).map {
            text.trimmed($0, dropping: [",", ";", "."])
        }.filter {
            !$0.isEmpty
        }
    }

    /// "có 50 cơ sở khách sạn được xếp hạng sao với tổng số phòng lưu trú là 7.500 phòng": a count, then a measure of
    /// what it counts with a name of its own; "so với" is a base, not a second target.
    private func splitAtWith(_ range: Range<Int>) -> [Range<Int>] {
        let with = Array(" với ")
        for i in range where i + with.count < range.upperBound && text.depth[i] == 0 {
            guard Array(text.chars[i..<(i + with.count)]) == with, Lexicon.word(before: i + 1, in: text) != "so" else {
                continue
            }
            let left = text.trimmed(range.lowerBound..<i)
            let right = text.trimmed((i + with.count)..<range.upperBound)
            guard hasFigure(left), hasFigure(right), let first = TargetPhrase.read(text.string(left), qualitative: false),
                !first.nameFirst,
                let second = TargetPhrase.read(text.string(right), qualitative: false),
                second.target.unit != nil, !Lexicon.namesNothing(second.indicator)
            else { continue }
            return [left, right]
        }
        return [range]
    }

    /// "có 3.188 doanh nghiệp và 60 hợp tác xã thành lập mới": two counts joined by "và", each a target.
    private func splitAtAnd(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        let and = Array(" và ")
        for i in range where i + and.count < range.upperBound && text.depth[i] == 0 {
            guard Array(text.chars[i..<(i + and.count)]) == and else { continue }
            let left = text.trimmed(start..<i)
            let right = text.trimmed((i + and.count)..<range.upperBound)
            // "… 60 hợp tác xã", "công nghiệp chiếm 67,14% và dịch vụ chiếm 6,99%": each side a target of its own.
            guard hasFigure(left) else { continue }
            // "… đạt 135 triệu đồng/người và phấn đấu đến cuối nhiệm kỳ đạt chuẩn …", "… đạt 60.000 – 65.000 tỷ đồng và
            // trở thành đô thị loại I vào năm 2025": a target, then an aim of its own.
            let rightText = text.string(right)
            if !TargetSection.hasFigure(rightText), Self.aims.contains(where: rightText.lowercased().hasPrefix),
                TargetPhrase.nameThenTarget(text, core: left) != nil
            {
                parts.append(start..<i)
                start = i + and.count
                continue
            }
            guard hasFigure(right) else { continue }
            // "… chiếm 31,5% trong cơ cấu ngành nông nghiệp và tăng 2,7% so với năm 2017": the same share's growth.
            let lowered = rightText.lowercased()
            if ["tăng ", "giảm "].contains(where: lowered.hasPrefix), startsWithFigure((right.lowerBound + 5)..<right.upperBound),
                text.string(left).contains("%"), lowered.contains("%")
            {
                parts.append(start..<i)
                start = i + and.count
                continue
            }
            // "… có thêm 05 xã đạt chuẩn NTM và phấn đấu có 1.300.000 lượt khách …": a new aim with its own figure.
            if rightText.lowercased().hasPrefix("phấn đấu ") {
                parts.append(start..<i)
                start = i + and.count
                continue
            }
            // "… 4,5 - 5%/năm giai đoạn 2016 - 2020 và duy trì 4 - 4,5%/năm giai đoạn 2021 - 2030": each with its term.
            let rightPhrase = PhraseText(text.string(right))
            // "Huyện Cư Jút có 1 xã đạt chuẩn nông thôn mới và bình quân chung toàn huyện mỗi xã đạt 13,5 tiêu chí/xã".
            let bothTargets =
                (TargetPhrase.nameThenTarget(text, core: TargetPhrase.withoutTrailingNote(text, in: left)) != nil
                    || Self.countsFirst(text.string(left)))
                && TargetPhrase.nameThenTarget(rightPhrase, core: TargetPhrase.withoutTrailingNote(rightPhrase)) != nil
            // "… đến năm 2020 đạt trên 500 nghìn lượt khách và đến 2025 đạt trên 1,5 triệu lượt khách": the same
            // target at a later date.
            let later =
                TargetSection.hasFigure(text.string(left))
                && rightText.lowercased().range(of: "^(đến |vào )?(năm )?20[0-9]{2}[ ,]", options: .regularExpression) != nil
            guard startsWithFigure(right) || bothTargets || later else { continue }
            parts.append(start..<i)
            start = i + and.count
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    /// Aims without a figure that may follow a target in the same clause.
    static let aims = [
        "phấn đấu ", "trở thành ", "hoàn thành ", "đạt chuẩn ", "giữ vững ", "duy trì ", "không còn ", "không để ",
    ]

    private func splitAtCommas(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where text.chars[i] == "," && text.depth[i] == 0 && i + 1 < range.upperBound {
            // "65,5%": a decimal comma.
            if i > 0, text.isDigit(at: i - 1), text.isDigit(at: i + 1) { continue }
            let left = text.trimmed(start..<i)
            let right = text.trimmed((i + 1)..<range.upperBound)
            // "Tỷ lệ hộ nghèo … là 0,82%, không còn hộ nghèo theo chuẩn quốc gia": a target, then an aim of its own.
            let rightText = text.string(right)
            if TargetSection.hasFigure(text.string(left)), !TargetSection.hasFigure(rightText),
                Self.aims.contains(where: rightText.lowercased().hasPrefix),
                TargetPhrase.read(text.string(left), qualitative: false) != nil
            {
                parts.append(start..<i)
                start = i + 1
                continue
            }
            // "… để TP.Đồng Xoài đạt tiêu chí đô thị loại II, xã Tân Thành đạt 70% tiêu chí của phường", "không còn xã
            // nông thôn mới nợ tiêu chí, số tiêu chí … đạt 17,5 tiêu chí": an aim without a figure, then a target with
            // a name of its own (another place's, when the aim is said inside a sentence).
            let leftText = text.string(left)
            if !TargetSection.hasFigure(leftText), hasFigure(right), leftText.split(separator: " ").count >= 4,
                Lexicon.reachedStates.contains(where: { (" " + leftText.folded + " ").contains(" \($0) ") }),
                let reading = TargetPhrase.nameThenTarget(PhraseText(rightText), core: 0..<right.count),
                reading.indicator.split(separator: " ").count >= 3,
                // "…, nâng số xã đạt chuẩn lên 4 xã": what the aim brings, not a target beside it.
                !["nâng ", "đưa "].contains(where: rightText.lowercased().hasPrefix),
                Self.aims.contains(where: leftText.lowercased().hasPrefix)
                    || ["xã", "phường", "huyện", "thị", "quận", "tỉnh"].contains(
                        reading.indicator.split(separator: " ")[0].lowercased())
            {
                parts.append(start..<i)
                start = i + 1
                continue
            }
            // "thu nhập bình quân đầu người đến năm 2030, đạt 90 triệu đồng": a year is not a target's figure.
            guard TargetSection.hasFigure(leftText), hasFigure(right) else { continue }
            // "… mỗi huyện lựa chọn 01 xã …, năm 2020 phấn đấu có thêm 03 xã …": a new aim with its own figure.
            if rightText.lowercased().range(
                of: "^((đến |trong |vào )?(cuối )?năm 20[0-9]{2},? )?phấn đấu ", options: .regularExpression) != nil
            {
                parts.append(start..<i)
                start = i + 1
                continue
            }
            let rightStartsWithFigure = startsWithFigure(right)
            // "… đạt 8% trở lên, tạo tiền đề thực hiện kế hoạch … giai đoạn 2026 - 2030": a complete target ends where
            // a clause about something else starts.
            // "100% thôn, bản có nhà văn hóa, tỷ lệ hộ … đạt 100%": a comma inside a count unit, the clause it opens
            // no target of its own.
            let rightClause = rightText.components(separatedBy: ", ").first ?? rightText
            if Self.joinsCountUnit(text, at: i), TargetPhrase.read(rightClause, qualitative: false) == nil { continue }
            // "4.100 tấn tôm sú, tôm thẻ chân trắng, hơn 2.900 tấn ngao": a list of measures, each followed by what is
            // measured; a comma before a piece without a figure, the next piece starting with one, is inside a name.
            // "18.300 tấn thủy sản nuôi nước mặn, nước lợ và 100 tấn …": the last piece before "và".
            let piece = rightClause.components(separatedBy: " và ").first ?? rightClause
            if !rightStartsWithFigure, !TargetSection.hasFigure(piece), Self.measuresAThing(leftText),
                piece.count < rightText.count, startsWithFigure(nextPiece(after: right.lowerBound + piece.count, in: right))
            {
                continue
            }
            let leftIsTarget =
                TargetPhrase.nameThenTarget(text, core: TargetPhrase.withoutTrailingNote(text, in: left)) != nil
            // "100% khu dân cư đạt văn hóa, tỷ lệ gia đình văn hóa đạt 85% trở lên": a target said figure first, then
            // one that names itself first.
            // "toàn tỉnh có thêm 5-7 xã đạt chuẩn nông thôn mới, số tiêu chí bình quân … đạt 12,8 tiêu chí/xã" likewise.
            let namedAfterFigure =
                (startsWithFigure(left) || Self.countsFirst(leftText))
                && TargetPhrase.nameThenTarget(PhraseText(text.string(right)), core: 0..<right.count).map {
                    !Lexicon.namesNothing($0.indicator)
                } == true
            guard rightStartsWithFigure || leftIsTarget || namedAfterFigure else { continue }
            parts.append(start..<i)
            start = i + 1
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    /// What follows a piece of a list ending at `offset`: after its comma or its "và".
    private func nextPiece(after offset: Int, in range: Range<Int>) -> Range<Int> {
        var start = text.trimmed(offset..<range.upperBound, dropping: [","]).lowerBound
        if text.word(at: min(start, text.count - 1)) == "và" { start += "và".count }
        return text.trimmed(start..<range.upperBound)
    }

    /// "toàn tỉnh có thêm 5-7 xã đạt chuẩn nông thôn mới": a target said count first, with a unit.
    static func countsFirst(_ text: String) -> Bool {
        guard let reading = TargetPhrase.read(text, qualitative: false) else { return false }
        return !reading.nameFirst
            && reading.target.unit.map { Lexicon.countWord(of: $0) != nil || Lexicon.countUnits.contains($0) }
                == true
    }

    /// "… đạt 4.100 tấn tôm sú": the last figure of `text` is a measure, and what it measures follows it.
    static func measuresAThing(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        guard let last = words.lastIndex(where: { $0.first?.isNumber == true }) else { return false }
        let after = words[(last + 1)...].drop { ["triệu", "nghìn", "ngàn", "tỷ"].contains($0) }
        guard let unit = after.first else { return false }
        return Lexicon.measureWords.contains(String(unit)) && after.count >= 2
    }

    /// "02 phường, xã đạt …", "52/52 thôn, tổ dân phố": the comma at `offset` is inside a count unit.
    static func joinsCountUnit(_ text: PhraseText, at offset: Int) -> Bool {
        let before = Lexicon.word(before: offset, in: text)
        var next = offset + 1
        while next < text.count, text.chars[next] == " " { next += 1 }
        guard next < text.count else { return false }
        let joined = before + ", " + text.word(at: next).lowercased()
        return Lexicon.countUnits.contains { $0.hasPrefix(joined) }
    }

    func hasFigure(_ range: Range<Int>) -> Bool {
        range.contains { text.isDigit(at: $0) && text.depth[$0] == 0 }
    }

    /// "95,8% …", "trên 97% …", "02 phường …", "có thêm 6 thôn …".
    func startsWithFigure(_ range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        for _ in 0..<2 where offset < range.upperBound && !text.isDigit(at: offset) {
            let word = text.word(at: offset)
            guard Lexicon.comparisonWords.contains(word) || ["có", "thêm"].contains(word.lowercased()) else { return false }
            offset += word.count
            while offset < range.upperBound, text.chars[offset] == " " { offset += 1 }
        }
        return text.isDigit(at: offset)
    }
}
