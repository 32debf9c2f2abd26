import Foundation
import KTXHCore

extension TargetPhrase {
    // MARK: Form 3

    /// A phrase with no figure the grammar reads: a change without a size ("giảm tai nạn giao thông
    /// đường bộ so với năm 2024"), or a qualitative target kept whole for a person.
    static func qualitative(_ text: PhraseText, core: Range<Int>) -> TargetPhrase? {
        var phrase = text.string(core)
        // "đạt và vượt chỉ tiêu giảm hộ nghèo": the quota is the target.
        for quota in ["đạt và vượt chỉ tiêu ", "hoàn thành chỉ tiêu "] where phrase.lowercased().hasPrefix(quota) {
            phrase = String(phrase.dropFirst(quota.count))
        }
        guard phrase.split(separator: " ").count >= 3 else { return nil }
        let lower = phrase.lowercased()
        // A target without a figure still says what is to be done: "Giữ vững …", "Không để xảy ra …", "Xã đạt
        // tiêu chuẩn …". A line of a document's particulars ("Người ký: …") says none of it.
        let plain = " " + phrase.folded + " "
        guard Lexicon.targetVerbs.contains(where: { plain.contains(" \($0) ") }) else { return nil }
        for (verb, direction) in [("giảm ", ChangeDirection.decrease), ("tăng ", .increase)]
        where lower.hasPrefix(verb) && !lower.hasPrefix("tăng trưởng") && !lower.hasPrefix("tăng cường") {
            var name = String(phrase.dropFirst(verb.count))
            if let base = name.range(of: " so với ") { name = String(name[..<base.lowerBound]) }
            return TargetPhrase(
                indicator: name, expression: phrase, target: TargetExpression(.change(direction, amount: nil)),
                change: direction, expressionOffset: core.lowerBound)
        }
        return TargetPhrase(
            indicator: phrase, expression: phrase, target: TargetExpression(.text(phrase)), change: nil,
            expressionOffset: core.lowerBound, nameFirst: false)
    }

    /// The change the target or, failing that, the indicator's name states: "Số xã … tăng thêm:
    /// 12 xã", "Giảm số vụ phạm tội: ≥ 05%", "Tăng trưởng kinh tế 08% trở lên", "Tỉ lệ giảm nghèo: 02 - 2,5%".
    func withChangeFromName() -> TargetPhrase {
        var reading = self
        reading.indicator = Lexicon.withoutAspiration(
            nameFirst ? Lexicon.withoutLeadingTime(Lexicon.withoutAimClause(indicator)) : indicator)
        if case .change(let direction, _) = target.kind {
            reading.change = direction
            return reading
        }
        guard change == nil, nameFirst,
            let direction = Self.changeDirection(named: reading.indicator, target: target, hasBase: hasBase)
                ?? (Self.growsYearly(named: reading.indicator, expression: expression, target: target) ? .increase : nil)
        else { return reading }
        reading.change = direction
        switch target.kind {
        case .value, .bound:
            reading.target = TargetExpression.parse(figure ?? expression, asChange: direction)
        default: break
        }
        return reading
    }

    /// "Trong năm 2025, phấn đấu đạt 9 bác sĩ/10.000 dân", "tạo 140.000 chỗ làm mới": the name before the figure is
    /// only a time or a verb; what the figure counts names the target.
    func namedByWhatItCounts() -> TargetPhrase {
        // "Thành lập mới 550 doanh nghiệp", "đón 18,5 triệu lượt khách du lịch": a name that is only what is done
        // takes what it is done to.
        if let unit = target.unit, Lexicon.namesOnlyAnAction(indicator), let counted = Lexicon.countedThing(in: unit) {
            var reading = self
            reading.indicator = indicator + " " + counted
            // "phát triển thêm khoảng 280.000 con gia súc": "thêm" adds, and "con" is the unit.
            let adds = change == nil && indicator.lowercased().hasSuffix(" thêm")
            if adds {
                reading.change = .increase
                reading.target = TargetExpression.parse(figure ?? expression, asChange: .increase)
            }
            if let added = reading.target.unit, let word = Lexicon.countWord(of: added),
                adds || Lexicon.scaledUnit(atStartOf: added.lowercased()) == nil
            {
                reading.target.unit = word
            }
            return reading
        }
        // "đến năm 2025 Thừa Thiên Huế sẽ có ít nhất 8.500 doanh nghiệp đang hoạt động": what is counted names the target,
        // its count word is the unit.
        if let unit = target.unit, Lexicon.namesOnlyWhoAndWhen(indicator), let word = Lexicon.countWord(of: unit) {
            var reading = self
            reading.indicator = unit
            reading.target.unit = word
            return reading
        }
        // "đến năm 2020 đạt trên 500 nghìn lượt khách": a name that is only a date takes what the millions count.
        if let unit = target.unit, Lexicon.namesNothing(indicator), Lexicon.scaledUnit(atStartOf: unit.lowercased()) != nil,
            let thing = unit.split(separator: " ", maxSplits: 1).last.map(String.init),
            !thing.contains("/"), !Lexicon.measureWords.contains(thing.lowercased())
        {
            var reading = self
            reading.indicator = thing
            return reading
        }
        guard let unit = target.unit, Lexicon.namesWhatItCounts(unit),
            Lexicon.namesNothing(indicator) || Lexicon.bareVerbs.contains(indicator.lowercased())
                || Lexicon.namesOnlyPlace(indicator)
        else { return self }
        var reading = self
        reading.indicator = unit
        return reading
    }

    /// "tổng giá trị sản phẩm bình quân hàng năm từ 12-14%", "Năng suất lao động 3%/năm trở lên": a yearly
    /// percentage of an amount is how fast it grows; of a rate or a share it is a level.
    static func growsYearly(named name: String, expression: String, target: TargetExpression) -> Bool {
        guard target.unit == "%" else { return false }
        let said = " " + name.folded.replacingOccurrences(of: "binh quan dau nguoi", with: "") + " " + expression.folded + " "
        let yearly = ["/nam", "/ nam", " binh quan ", " hang nam ", " moi nam "].contains(where: said.contains)
        // "kết nạp đảng viên mới trên 4%" of the members, "tốc độ tăng dân số dưới 1%": yearly levels.
        let level = [
            "ty le", "ti le", "ty trong", "ti trong", "co cau", "chiem", "che phu", "ty suat", "muc do", "dan so", "ket nap",
            "dong gop",
        ]
        // "đạt 35-36% GRDP", "bằng 30% tổng thu": a share of something else.
        let after = expression.folded.components(separatedBy: "%").last ?? ""
        // "đạt trên 110% so với dự toán": a share of the quota.
        let share = ["grdp", "gdp", "tong", "ngan sach", "dan so", "du toan", "ke hoach", "chi tieu"].contains(
            where: after.contains)
        // "hộ nghèo bình quân giảm còn dưới 1%": the level it comes down to.
        let down = [" giam ", " con ", " xuong "].contains(where: (" " + expression.folded + " ").contains)
        return (yearly || measuresAmount(name)) && !share && !down && !level.contains(where: said.contains)
    }

    /// "tổng giá trị sản xuất", "thu ngân sách", "kim ngạch xuất khẩu": an amount, whose percentage is how fast it
    /// grows ("nâng tổng giá trị sản xuất đạt 14,4%"); not a rate or a figure per person.
    static func measuresAmount(_ name: String) -> Bool {
        let words = " " + name.folded + " "
        let amounts = [
            "gia tri san xuat", "tong san pham", "grdp", "thu ngan sach", "kim ngach", "doanh thu", "tong muc ban le",
            "von dau tu", "quy mo nen kinh te", "nang suat lao dong",
        ]
        // "Giải ngân vốn đầu tư công đạt 95%": the share of the capital paid out, not the capital.
        let perHead = [
            "dau nguoi", "binh quan dau", "ty le", "ti le", "ty trong", "ti trong", "co cau", "chiem", "giai ngan",
        ]
        return amounts.contains(where: words.contains) && !perHead.contains(where: words.contains)
    }

    /// A rate's name ("Tỷ lệ tăng dân số tự nhiên", "giảm tỷ lệ trẻ em … dưới 11,4%") names a level, not
    /// a change, unless the target is a bare figure or names its base ("Giảm tỷ lệ sinh con thứ 3 trở
    /// lên 0,2% so với năm 2024").
    static func changeDirection(named name: String, target: TargetExpression, hasBase: Bool) -> ChangeDirection? {
        let words = " " + name.folded + " "
        let isRate = words.contains(" ty le ") || words.contains(" ti le ")
        // "Tăng trưởng kinh tế", "Tốc độ tăng tổng sản phẩm", "chỉ tiêu tăng trưởng GRDP", "GRDP tăng trưởng".
        // "Tốc độ tăng dân số", like "tỷ lệ tăng dân số tự nhiên", is a level the population grows at.
        let growth =
            (words.hasPrefix(" tang truong ") || words.contains(" toc do tang ") || words.hasSuffix(" tang truong ")
                || words.contains(" chi tieu tang truong ") || words.hasPrefix(" muc tang truong "))
            && !words.contains(" dan so ")
        // "Tỷ lệ tăng thu ngân sách", "tỷ lệ tăng doanh nghiệp": the rate something grows by.
        if (words.contains(" ty le tang ") || words.contains(" ti le tang ")) && !words.contains(" dan so ") {
            return .increase
        }
        // "giá trị tăng thêm" is value added, a level.
        let added = words.contains(" tang them ") && !words.contains(" gia tri tang them ")
        // "tăng trưởng đàn trâu, bò đạt 23.577 con": a herd grown to a size, said in heads, is a level.
        let counted =
            target.unit.map { unit in
                let lowered = unit.lowercased()
                return Lexicon.countUnits.contains(lowered) && !["ha", "tấn", "km", "triệu"].contains(lowered)
                    && !lowered.hasSuffix("đồng") && !lowered.hasSuffix("usd")
            } == true
        if growth && counted && !added { return nil }
        if growth && !isRate || added { return .increase }
        // "tỉ lệ giảm nghèo đa chiều chiếm dưới 1,5%": a share, a level.
        if words.hasSuffix(" chiem ") { return nil }
        if words.contains(" giam them ") || words.contains(" ty le giam ") || words.contains(" ti le giam ")
            || words.contains(" muc giam ")
            // "Tỷ lệ hộ nghèo giảm bình quân hằng năm trên tổng số hộ dân …": the change is said before the name ends.
            || words.contains(" giam binh quan ")
        {
            return .decrease
        }
        // "kim ngạch xuất khẩu tăng bình quân hàng năm 14 - 15%", "tỷ lệ hộ nghèo giảm bình quân mỗi năm 2,1%".
        // "tỷ lệ hộ nghèo giảm so với năm trước trên 4,01%": the base said before the figure.
        var said = words
        for base in [" so voi nam truoc ", " so voi cung ky ", " so voi nam ngoai "] where said.hasSuffix(base) {
            said = String(said.dropLast(base.count - 1))
        }
        var last = said.split(whereSeparator: { $0 == " " || $0 == "/" }).map(String.init)
        // "tỷ lệ hộ nghèo giảm ít nhất 3-4%/năm": the least it changes by.
        let averaging: Set<String> = [
            "binh", "quan", "hang", "moi", "nam", "dat", "khoang", "hon", "tren", "it", "nhat", "toi", "thieu",
        ]
        while let word = last.last, averaging.contains(word) { last.removeLast() }
        // "giảm tỷ lệ hộ nghèo còn 1,4%", "… giảm xuống còn": the level to reach.
        // "giảm hộ nghèo xuống mức 3,69%" likewise.
        // "tăng diện tích cây mắc ca lên 200 ha": the level to raise it to.
        if last.last == "con" || last.last == "xuong" || last.last == "len" && last.dropLast().last != "tro"
            || last.suffix(2) == ["xuong", "muc"]
        {
            return nil
        }
        if last.last == "tang" { return .increase }
        if last.last == "giam" { return .decrease }
        // "giảm tỷ lệ trẻ em … dưới 11,4%" is the level to come under; "giảm tỷ lệ hộ nghèo … 0,5% trở lên" the least
        // it comes down by.
        var isLevel = false
        if case .bound(let comparison, _) = target.kind {
            isLevel = isRate && !hasBase && (comparison == .less || comparison == .lessOrEqual)
        }
        if words.hasPrefix(" giam "), !isLevel { return .decrease }
        if words.hasPrefix(" tang "), !words.hasPrefix(" tang cuong "), !isLevel { return .increase }
        return nil
    }
}
