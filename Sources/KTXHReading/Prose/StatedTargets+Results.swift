import Foundation

/// Kết quả, không phải chỉ tiêu: how a sentence tells what was done rather than what is to be reached: a
/// result word ("ước đạt", "đã hoàn thành"), a result set against its plan ("đạt 116% dự toán"), a term that has
/// ended ("Nhiệm kỳ 2015 - 2020, …").
extension StatedTargets {
    /// The last year of every term `text` names: "nhiệm kỳ 2020 - 2025", "giai đoạn 2021–2025".
    static func termEnds(in text: String) -> [Int] {
        let folded = plain(text)
        let pattern = "(nhiem ky|giai doan) (20[0-9]{2}) ?[-–] ?(20[0-9]{2})"
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(folded.startIndex..., in: folded)
        return regex.matches(in: folded, range: range).compactMap { match in
            Range(match.range(at: 3), in: folded).flatMap { Int(folded[$0]) }
        }
    }

    /// `folded` opens with a term that ended before the document's latest ("Nhiệm kỳ 2015 - 2020, …"), or names a
    /// day before the latest term began ("Đến cuối năm 2024, thu nhập … đạt …" in a text for 2025-2030).
    func opensWithPastTerm(_ folded: String) -> Bool {
        guard let latestTermEnd, let latestTermStart else { return false }
        // "… 14,3% đến năm 2020; đến năm 2030, tỷ lệ đô thị hóa đạt khoảng 35%": a plan's two horizons, the earlier
        // one a target too.
        let horizons = Self.occurrences(of: "den nam 20", in: folded).compactMap {
            Int(folded[folded.index($0.upperBound, offsetBy: -2)...].prefix(4))
        }
        if horizons.contains(where: { $0 >= latestTermStart }) { return false }
        for lead in ["den cuoi nam ", "den nam ", "cuoi nam "] {
            if let found = folded.range(of: lead), let year = Int(folded[found.upperBound...].prefix(4)),
                year < latestTermStart, !termEnds.contains(year)
            {
                return true
            }
        }
        let opening = folded.split(separator: " ").prefix(7).joined(separator: " ")
        // "Mục tiêu giai đoạn 2021-2025, …" in a text for 2021-2030 sets the first term's targets.
        if ["muc tieu", "chi tieu", "ke hoach", "phan dau"].contains(where: opening.contains) { return false }
        let ends = Self.termEnds(in: opening)
        return !ends.isEmpty && ends.allSatisfy { $0 < latestTermEnd }
    }

    /// `folded` reviews how an earlier year's plan went ("tình hình thực hiện kế hoạch … năm 2022"), naming no later
    /// year: its figures are that year's results.
    func reviewsPastYear(_ folded: String) -> Bool {
        guard let latestYear, ["tinh hinh thuc hien", "ket qua thuc hien"].contains(where: folded.contains) else { return false }
        let years = Self.namedYears(in: folded)
        return !years.isEmpty && years.allSatisfy { $0 < latestYear }
    }

    /// The years `folded` names as "năm 2023".
    static func namedYears(in folded: String) -> [Int] {
        occurrences(of: "nam 20", in: folded).compactMap { Int(folded[$0.upperBound...].prefix(2)).map { 2000 + $0 } }
    }

    /// What was done, said so plainly that no date outweighs it.
    static let plainResultWords = ["ước đạt", "ước thực hiện", "ước tính", "đã đạt", "năm qua", "đạt được", "thành tựu"]
    /// A report of what was done, with its accents: folded, "đã đạt" (done) would be "đã đặt" (set).
    static let resultWords =
        plainResultWords + [
            "vượt kế hoạch", "so với cùng kỳ", "so với cùng kì", "lũy kế", "luỹ kế", "kết quả", "đã có", "đã hoàn thành",
            "hoàn thành vượt", "vượt chỉ tiêu", "vượt mục tiêu", "đã thực hiện", "hoàn thành thắng lợi", "so với đầu nhiệm kỳ",
            "tăng gấp", "đến nay", "chưa đạt kế hoạch", "chưa đạt chỉ tiêu", "chưa hoàn thành",
            // "Nhiệm kỳ qua, … đạt và vượt các chỉ tiêu nghị quyết đề ra", "… với nhiều chỉ tiêu vượt Nghị quyết".
            "nhiệm kỳ qua", "nhiệm kỳ vừa qua", "vượt các chỉ tiêu", "vượt nghị quyết",
            // "Đảng bộ huyện hiện có 37 tổ chức cơ sở đảng": what there is now.
            "hiện có", "về đích", "kết nạp được", "cơ bản hoàn thành",
            // "Tính đến cuối năm 2023, tỷ lệ hộ nghèo … là 71,01%": how things stood on a day.
            "tính đến",
            // Facts of the place, not aims: "Dân số toàn tỉnh có 1,6 triệu người", "diện tích tự nhiên 486 km²".
            "dân số toàn", "dân số trung bình", "diện tích tự nhiên", "có diện tích", "dân số hơn", "dân số gần",
            "dân số khoảng", "quy mô dân số",
            // "Theo dự báo thời tiết …, khả năng rét đậm, rét hại xảy ra 17 - 19 đợt": a forecast.
            "theo dự báo",
            // "Tỉnh đang triển khai thực hiện Chương trình … với tổng nguồn vốn trên 235 tỷ đồng": what is under way.
            "đang triển khai", "đang thực hiện",
            // How the place came to be: "Xã … được thành lập trên cơ sở hợp 3 xã".
            "được thành lập", "sáp nhập",
        ]

    /// The text reports what was done: a result word, or "…, bằng 105% dự toán".
    static func reportsResults(_ text: String) -> Bool {
        contains(resultWords, in: withoutBases(withoutQuotas(text))) || comparesToPlan(plain(text))
            || tellsWhatWasDone(text)
                && !settingWords.contains(where: plain(text).contains)
    }

    /// "- Theo báo cáo …, năm 2023, toàn tỉnh đã giải quyết việc làm cho 25.953 lao động, đạt hơn 116% kế hoạch năm.": a
    /// bullet that tells what was done, set against its plan, and sets nothing. "tăng 8% so với cùng kỳ" alone does
    /// not say so: a list of targets is set against last year too.
    static func plainlyReports(_ text: String) -> Bool {
        let folded = plain(text)
        return !sets(text, folded: folded)
            && (contains(plainResultWords, in: text) || comparesToPlan(folded) || tellsWhatWasDone(text))
    }

    /// "tỉnh đã cấp … cho 24 dự án", "đã huy động trên 350 tỷ đồng": "đã" before a verb that is not one of setting
    /// targets ("đã đề ra", "đã thông qua", "đã được giao" set them). A news report tells a session's events so too
    /// ("Đại hội đã nhất trí thông qua các chỉ tiêu …"): the caller asks for no setting word in the sentence.
    static func tellsWhatWasDone(_ text: String) -> Bool {
        // With their accents: "đã" (done) is not "da", nor "đặt" (set) "đạt" (reached).
        let words = TextNormalization.matchKey(text).split(separator: " ")
        let setting: Set<Substring> = [
            "đề", "đặt", "thông", "xác", "giao", "quyết", "ban", "phê", "biểu", "được", "thống", "chốt", "nêu", "đưa", "ký",
            "trình",
        ]
        return zip(words, words.dropFirst()).contains { word, next in word == "đã" && !setting.contains(next) }
    }

    /// "thu ngân sách đạt và vượt chỉ tiêu quận giao hằng năm": a quota to meet every year is a target, not a
    /// result; "đã đạt và vượt chỉ tiêu" is done.
    static func withoutQuotas(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        var index = 0
        while index + 1 < words.count {
            let lowered = words[index].lowercased()
            let after = words[(index + 1)...].prefix(5).map { $0.lowercased() }
            // "đạt và vượt chỉ tiêu giảm hộ nghèo": a quota that names what it is of, not a count met ("vượt kế hoạch
            // 30 chỉ tiêu") nor what was set before ("vượt chỉ tiêu đề ra").
            let namesItsQuota =
                index >= 2 && words[index - 2].lowercased() == "đạt" && words[index - 1].lowercased() == "và"
                && after.count >= 3 && after[0] == "chỉ" && after[1] == "tiêu"
                && !["đề", "kế", "nghị", "được", "của", "năm"].contains(after[2]) && !after[2].contains(where: \.isNumber)
            let quota =
                lowered == "vượt" && ["chỉ", "kế"].contains(words[index + 1].lowercased())
                && (after.contains { $0.hasPrefix("giao") } || namesItsQuota)
                && !words[..<index].suffix(3).contains { $0.lowercased() == "đã" }
            if quota { words.remove(at: index) } else { index += 1 }
        }
        return words.joined(separator: " ")
    }

    /// "tăng 6,5-7% so với ước thực hiện năm 2022": what a target is measured against, not a report of it.
    static func withoutBases(_ text: String) -> String {
        var result = text
        for base in ["so với ước thực hiện", "so với ước tính", "so với ước đạt", "so với ước", "so ước thực hiện", "so ước"] {
            result = result.replacingOccurrences(of: base, with: "so với", options: .caseInsensitive)
        }
        return result
    }

    /// One of `words` stands in `text` as words: "nhà nước đạt" holds no "ước đạt".
    static func contains(_ words: [String], in text: String) -> Bool {
        // "(vượt kế hoạch đề ra)": a bracket or a quote opens a word as a space does.
        let lowered = " " + TextNormalization.matchKey(text).map { "([“\"‘".contains($0) ? " " : $0 }
        return words.contains { lowered.contains(" " + $0) }
    }

    /// "…, bằng 105% dự toán", "…, đạt 116% dự toán giao": a result set against its plan ("đồng bằng" is a delta,
    /// not a comparison).
    static func comparesToPlan(_ folded: String) -> Bool {
        var search = folded.startIndex..<folded.endIndex
        while let found = folded.range(of: " bang ", range: search) {
            // "bằng 1,7 lần so với năm 2020" is a multiple to reach.
            let rest = folded[found.upperBound...]
            let figure = rest.prefix { $0.isNumber || $0 == "," || $0 == "." }
            if !figure.isEmpty, !rest.dropFirst(figure.count).hasPrefix(" lan") { return true }
            search = found.upperBound..<folded.endIndex
        }
        search = folded.startIndex..<folded.endIndex
        while let found = folded.range(of: " dat ", range: search) {
            let rest = folded[found.upperBound...]
            let figure = rest.prefix { $0.isNumber || $0 == "," || $0 == "." }
            let after = rest.dropFirst(figure.count)
            // "… quốc phòng đạt 100% kế hoạch": the whole quota, a target; a result is rarely exactly that.
            if !figure.isEmpty, figure != "100",
                ["% du toan", "% ke hoach", "% kh ", "% chi tieu"].contains(where: after.hasPrefix)
            {
                return true
            }
            search = found.upperBound..<folded.endIndex
        }
        // "đạt 681,8% so với chỉ tiêu giao", "tăng 3,68% so với mục tiêu đề ra": a result set against what was asked.
        // "tăng bình quân từ 15 - 20% so với kế hoạch được giao" sets a target against one; "vượt 2%" exceeds one.
        // "tăng 20,35% so với dự toán năm 2024" sets this year's against last year's.
        let asked =
            "(^| )(dat [0-9][0-9.,]* ?% so voi (chi tieu|ke hoach|muc tieu|nghi quyet)|tang [0-9][0-9.,]* ?% so voi (chi tieu|muc tieu|nghi quyet))"
        return folded.range(of: asked, options: .regularExpression) != nil
    }
}
