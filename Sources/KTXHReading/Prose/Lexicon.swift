import Foundation

/// The words the prose grammar gives a role to. Lists, not patterns: each entry is a word an
/// official writes, and a new locality's wording is added here.
package enum Lexicon {
    /// Units that qualify a name rather than measure a target: "đạt từ 3 sao trở lên", "dưới 5 tuổi".
    static let qualifierUnits = ["sao", "tuổi"]

    /// Words after which a bare figure is the target: "đạt 95", "là 12".
    static let linkers: Set<String> = ["đạt", "là", "còn", "được", ":"]

    /// Words before a year: "năm 2030", "giai đoạn 2021-2025", "đến 2025".
    static let yearLead: Set<String> = ["năm", "đoạn", "đến", "trước", "sau", "từ", "-", "–", "kỳ", "khóa", "khoá"]

    /// Words that may stand just before a figure and belong to the target: comparisons and changes.
    static let targetLead: Set<String> = [
        "trên", "dưới", "từ", "tối", "thiểu", "đa", "ít", "nhất", "không", "quá", "tăng", "giảm", "thêm", "cả", "còn",
        "≥", ">", "≤", "<", "đạt", "duy", "trì", "gần", "khoảng", "hơn",
    ]

    /// Comparison words, dropped from a name built around a figure ("trên 97% cơ quan …").
    static let comparisonWords: Set<String> = [
        "trên", "dưới", "từ", "tối", "thiểu", "đa", "ít", "nhất", "không", "quá", "≥", ">", "≤", "<", "đạt", "còn", "gần",
        "khoảng", "hơn",
    ]

    /// Count units written after a figure, longest first so "phường, xã" wins over "phường".
    static let countUnits: [String] = [
        "thôn, tổ dân phố", "thôn, bản", "bản, làng", "thôn, làng", "thôn, xóm", "thôn, khu phố", "tổ dân phố", "khu phố",
        "lượt lao động", "liên hiệp hợp tác xã", "tổ hợp tác", "việc làm",
        "phường, xã", "xã, phường", "xã, thị trấn", "hợp tác xã",
        "trường học",
        "lượt người", "lượt khách", "căn nhà", "căn hộ", "tuyến đường", "đoạn đường", "đường hẻm",
        "sản phẩm", "doanh nghiệp", "lao động", "đảng viên", "học sinh", "công trình", "dự án", "cơ sở", "mô hình", "tiêu chí",
        "đơn vị", "cơ quan", "nhà văn hóa", "làng nghề", "đô thị", "tỷ đồng", "tỉ đồng", "triệu đồng", "triệu usd", "tỷ usd",
        "người", "hộ", "xã",
        "phường", "thôn", "bản", "trường", "bậc", "htx", "ha", "tấn", "km", "con", "nhà", "lớp", "chợ", "điểm", "lượt",
        "khu", "cụm", "căn", "triệu", "cây",
    ]
    /// "1.610 triệu USD", "8 triệu lượt": millions of a unit, not a count of millions of something
    /// ("550 triệu vốn FDI" counts millions of what it names).
    static let scaledUnits: Set<String> = [
        "usd", "đô la", "đồng", "lượt", "lượt khách", "lượt người", "khách", "người", "tấn", "m3", "kwh", "lít", "con",
        "cây",
    ]
    /// Of those, the scores: "đạt 90 điểm trở lên" says what the score is of, not what it counts.
    static let measureUnits: Set<String> = ["điểm"]

    /// "triệu lượt khách", "nghìn tấn" at the start of `lowered`: a scale and the unit it scales, as a word ends.
    static func scaledUnit(atStartOf lowered: String) -> String? {
        for scale in ["triệu ", "nghìn ", "ngàn ", "tỷ ", "tỉ "] where lowered.hasPrefix(scale) {
            let rest = lowered.dropFirst(scale.count)
            let unit = scaledUnits.filter { rest.hasPrefix($0) && rest.dropFirst($0.count).first?.isLetter != true }
                .max { $0.count < $1.count }
            if let unit { return scale + unit }
        }
        return nil
    }

    /// Measures, not things counted: "tỷ đồng", "ha", "tấn".
    static let measureWords: Set<String> = [
        "đồng", "usd", "đô la", "tấn", "ha", "km", "m2", "m3", "kwh", "lít", "điểm", "tạ", "kg",
    ]

    /// "cụm công nghiệp", "lao động nông thôn", "xã NTM kiểu mẫu": a unit that is a count word and what it
    /// counts; the count word ("cụm") is the unit, the rest belongs to the name.
    static func countWord(of unit: String) -> String? {
        let lowered = unit.lowercased()
        guard !lowered.contains("/"), !countUnits.contains(lowered) else { return nil }
        // "2 điểm du lịch", "1 điểm đến" count places; "90 điểm trở lên" is a score.
        let places = ["điểm du lịch", "điểm đến", "điểm dân cư", "điểm giao dịch", "điểm tham quan"]
        if places.contains(where: lowered.hasPrefix) { return "điểm" }
        return countUnits.first { word in
            !measureUnits.contains(word) && lowered.hasPrefix(word + " ") && lowered.count > word.count + 1
                && !(word == "triệu" && scaledUnits.contains(String(lowered.dropFirst(word.count + 1))))
        }
    }

    /// Words that make a sentence without a figure a target (folded): what is to be reached, kept or done.
    static let targetVerbs = [
        "dat", "giu vung", "duy tri", "hoan thanh", "khong de", "khong con", "khong co", "bao dam", "dam bao", "nang cao",
        "cung co", "phan dau", "tang", "giam", "tro len", "kiem che", "ngan chan",
    ]

    /// Of those, the states a target without a figure reaches (folded), strict enough to tell one in a news
    /// report's sentence from the report around it.
    static let reachedStates = [
        "dat chuan", "nong thon moi", "khong con", "hoan thanh", "dat va vuot", "giu vung", "do thi loai", "xoa",
        "ntm", "khong co", "thanh lap", "thoat ngheo", "thoat khoi", "muc phat trien", "tro thanh",
    ]

    /// A name that is only a verb or a time ("tăng", "đến năm 2025", "giai đoạn 2026-2030 đạt") names nothing.
    static func namesNothing(_ name: String) -> Bool {
        // With their accents: "trồng mới" (to plant anew) names something, "trong" (in) and "mỗi" (each) do not.
        let empty: Set<String> = [
            "tăng", "giảm", "đạt", "chiếm", "khoảng", "bình", "quân", "hàng", "hằng", "mỗi", "năm", "đến", "giai", "đoạn",
            "trong", "và", "-", "–", "riêng", "còn", "với", "so", "trên", "mức", "ở", "phấn", "đấu", "tỷ", "lệ", "gấp", "từ",
            // "(dự ước 24.500 tỷ)": an estimate of the same indicator.
            "dự", "ước",
            // "130 triệu đồng, tương đương 5.000 USD": the same target in another unit.
            "tương", "đương",
            // "…, định hướng năm 2030 đạt 217 - 220 triệu đồng", "năm 2020 là 850 triệu USD": a later horizon's figure.
            "định", "hướng", "là", "vào", "duy", "trì",
        ]
        return TextNormalization.matchKey(name).split(separator: " ").allSatisfy { word in
            // "duy trì /năm": a unit's tail left after its figure.
            empty.contains(String(word)) || word.allSatisfy { $0.isNumber || $0 == "-" || $0 == "," } || word.hasPrefix("/")
        }
    }

    /// "Ðắk Glong", "huyện Ðắk Glong", "Toàn tỉnh": who aims, a place, not what is measured.
    static func namesOnlyPlace(_ name: String) -> Bool {
        let places: Set<String> = [
            "toàn", "tỉnh", "huyện", "xã", "phường", "thị", "trấn", "thành", "phố", "quận", "đảng", "bộ", "ubnd", "hđnd",
        ]
        let words = name.split(separator: " ")
        guard !words.isEmpty else { return false }
        return words.allSatisfy { word in
            places.contains(word.lowercased())
                || word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase)
        }
    }

    /// "đến năm 2025 Thừa Thiên Huế sẽ có", "toàn tỉnh có": when and who, then only "có": the figure's count names the
    /// target.
    static func namesOnlyWhoAndWhen(_ name: String) -> Bool {
        var words = name.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        // "đến năm 2025", "năm 2030", "vào năm 2030".
        while let first = words.first?.lowercased(),
            ["đến", "vào", "năm", "trong", "cuối"].contains(first) || isYear(Substring(first))
        {
            words.removeFirst()
        }
        let places: Set<String> = ["toàn", "tỉnh", "huyện", "xã", "phường", "thị", "trấn", "thành", "phố", "quận"]
        while let first = words.first,
            places.contains(first.lowercased())
                || first.first?.isUppercase == true && first.dropFirst().contains(where: \.isLowercase)
        {
            words.removeFirst()
        }
        return words.last?.lowercased() == "có" && words.allSatisfy { ["sẽ", "có", "phấn", "đấu"].contains($0.lowercased()) }
    }

    /// "tốc độ tăng bình quân thời kỳ 2021 - 2025": how fast something grows, naming no thing ("tốc độ tăng trưởng" names
    /// the economy's growth).
    static func namesOnlyGrowth(_ name: String) -> Bool {
        name.folded.range(
            of: "^(toc do tang|muc tang)( binh quan)?( (hang|moi) nam)?( (thoi ky|giai doan) 20[0-9]{2} ?[-–] ?20[0-9]{2})?$",
            options: .regularExpression) != nil
    }

    /// "Vận động thành lập mới", "đón", "phát triển mới": what is done, naming no thing. "Thành lập mới" alone is
    /// how the seeds' lists name a count of new cooperatives or firms, and keeps that name.
    static func namesOnlyAnAction(_ name: String) -> Bool {
        guard !name.lowercased().hasPrefix("thành lập") else { return false }
        // "Ngoài ra, phát triển thêm": a connective says nothing of what is done.
        if let connective = ["ngoài ra, ", "bên cạnh đó, ", "đồng thời, "].first(where: name.lowercased().hasPrefix) {
            return namesOnlyAnAction(String(name.dropFirst(connective.count)))
        }
        let actions: Set<String> = [
            "thành", "lập", "mới", "phát", "triển", "vận", "động", "đón", "thu", "hút", "xây", "dựng", "công", "nhận", "thêm",
            "hình", "tạo", "kết", "nạp",
            // "Mỗi năm thành lập mới 1.000 doanh nghiệp".
            "mỗi", "năm", "hàng", "hằng",
        ]
        let words = name.lowercased().split(separator: " ")
        return !words.isEmpty && words.allSatisfy { actions.contains(String($0)) }
    }

    /// What a count unit counts: "doanh nghiệp" of "doanh nghiệp", "khách du lịch" of "triệu lượt khách du lịch";
    /// nil for a measure ("tỷ đồng", "ha", "%").
    static func countedThing(in unit: String) -> String? {
        var words = unit.split(separator: " ").map(String.init)
        while let first = words.first, ["triệu", "nghìn", "ngàn", "vạn", "lượt"].contains(first.lowercased()) {
            words.removeFirst()
        }
        let thing = words.joined(separator: " ")
        let lowered = thing.lowercased()
        guard !thing.isEmpty, !thing.contains("/"), !thing.contains("%"), !thing.contains("‰") else { return nil }
        guard !lowered.split(separator: " ").contains(where: { measureWords.contains(String($0)) }) else { return nil }
        return countUnits.contains(lowered) || countWord(of: lowered) != nil || words.count >= 2 ? thing : nil
    }

    /// Verbs that name nothing before a count: "tạo 140.000 chỗ làm mới".
    static let bareVerbs: Set<String> = ["tạo", "tạo ra", "tạo mới", "tạo thêm"]

    /// "chỗ làm mới", "bác sĩ/10.000 dân": a unit that says what is counted, as a name would; not a measure ("tỷ
    /// đồng", "ha", "%") nor a bare count word ("hộ", "xã").
    static func namesWhatItCounts(_ unit: String) -> Bool {
        let lowered = unit.lowercased()
        let head = lowered.split(separator: "/").first.map(String.init) ?? lowered
        let words = head.split(separator: " ")
        let measures: Set<Substring> = [
            "đồng", "usd", "tấn", "ha", "km", "m2", "m3", "kwh", "lít", "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "điểm", "lượt", "%",
            "‰",
        ]
        return words.count >= 2 && !words.contains(where: measures.contains) && !lowered.contains("%")
    }

    /// Openings that say "we aim to", not what is measured.
    static let aspirations = ["phấn đấu", "phân đấu", "đảm bảo", "bảo đảm", "có"]

    /// What a resolution counts of itself, folded: "25 nhóm chỉ tiêu", "5 nhiệm vụ trọng tâm", "3 khâu đột phá".
    /// A session's own counts are not targets either: "28 nghị quyết", "39 đồng chí", "450 đại biểu".
    static let countedParts = [
        "chi tieu", "nhom", "nhiem vu", "khau dot pha", "dot pha", "giai phap", "muc tieu", "nghi quyet", "dong chi",
        "dai bieu", "ky hop", "noi dung", "chuc danh", "uy vien", "bao cao", "to trinh", "de an", "dinh huong",
        "dau cong viec",
    ]

    /// "hoàn thành chỉ tiêu được giao", "đạt kế hoạch": a name that is only the quota of the target said before it.
    static func restatesQuota(_ name: String) -> Bool {
        // "… 38.410 tỷ đồng, bằng 106,38% so với năm 2022": the same target set against last year.
        name.folded == "bang"
            || name.folded.range(
                of: "^((hoan thanh|dat|vuot|dat va vuot) )?(chi tieu|ke hoach|du toan)( duoc)?( tinh| huyen| xa| tren)?( giao)?$",
                options: .regularExpression) != nil
    }

    /// `text` without the counts of targets it announces: "Chỉ tiêu kinh tế: 6 chỉ tiêu", "25 nhóm chỉ
    /// tiêu", "(gồm 11 chỉ tiêu)". A count of targets is never a target.
    static func withoutTargetCounts(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        var index = 0
        while index + 1 < words.count {
            let next = words[(index + 1)...].prefix(3).joined(separator: " ").folded
            if words[index].allSatisfy(\.isNumber), next.hasPrefix("chi tieu") || next.hasPrefix("nhom chi tieu") {
                words.remove(at: index)
            } else {
                index += 1
            }
        }
        return words.joined(separator: " ")
    }

    /// "2025", "2026,", "2021-2025", "(2025)": a year or a term; "1.610", "8.778ha" are figures.
    static func isYear(_ word: Substring) -> Bool {
        let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()"))
        let parts = bare.split(whereSeparator: { $0 == "-" || $0 == "–" })
        return !parts.isEmpty
            && parts.allSatisfy { part in
                part.count == 4 && part.allSatisfy(\.isNumber) && (1900...2100).contains(Int(part) ?? 0)
            }
    }

    /// The word just before `offset`, lowercased, or ":" when the phrase has a colon there.
    static func word(before offset: Int, in text: PhraseText) -> String {
        var end = offset
        while end > 0, text.chars[end - 1] == " " { end -= 1 }
        if end > 0, text.chars[end - 1] == ":" { return ":" }
        var start = end
        while start > 0, text.chars[start - 1] != " " { start -= 1 }
        return String(text.chars[start..<end]).lowercased()
    }

    /// Who aims and how they say it, before the indicator: "Quảng Ngãi đặt mục tiêu tăng trưởng GRDP".
    static let aimVerbs = [
        "đặt mục tiêu", "đặt ra mục tiêu", "đề ra mục tiêu", "xác định mục tiêu", "đặt chỉ tiêu", "đề ra chỉ tiêu", "phấn đấu",
        "phân đấu",
    ]

    /// `name` without an opening aspiration: "Phấn đấu xây dựng 01 xã …" names "xây dựng … xã".
    static func withoutAspiration(_ name: String) -> String {
        var result = name
        var changed = true
        while changed {
            changed = false
            for opening in aspirations where result.lowercased().hasPrefix(opening + " ") {
                result = String(result.dropFirst(opening.count + 1))
                changed = true
            }
        }
        return result
    }

    /// A name said before its target without who aims and how they say it: "Ở nhóm kinh tế, Quảng Ngãi đặt mục
    /// tiêu tăng trưởng GRDP năm 2025" names "tăng trưởng GRDP năm 2025"; "Thu ngân sách … phấn đấu" names "Thu
    /// ngân sách …".
    static func withoutAimClause(_ name: String) -> String {
        let chars = Array(name)
        let lowered = Array(" " + name.lowercased() + " ")
        guard lowered.count == chars.count + 2 else { return name }
        var cut: (start: Int, end: Int)?
        for verb in aimVerbs {
            let pattern = Array(" " + verb + " ")
            var i = 0
            while i + pattern.count <= lowered.count {
                if Array(lowered[i..<(i + pattern.count)]) == pattern, cut.map({ i > $0.start }) ?? true {
                    cut = (i, i + pattern.count - 2)
                }
                i += 1
            }
        }
        // Offsets in `lowered` are one past those in `chars` (its opening space).
        guard let cut, cut.start > 0 || cut.end < chars.count else { return name }
        let before = String(chars[..<max(cut.start - 1, 0)])
        let after = cut.end < chars.count ? String(chars[cut.end...]) : ""
        let trimmedAfter = after.trimmingCharacters(in: CharacterSet(charactersIn: " ,:"))
        guard !TargetSection.hasFigure(before) else { return name }
        // "ngành nông nghiệp phải phấn đấu tăng trưởng": a sector aims, and it is what grows.
        var subject = before.trimmingCharacters(in: CharacterSet(charactersIn: " ,:"))
        for modal in [" phải", " cần", " sẽ"] where subject.lowercased().hasSuffix(modal) {
            subject = String(subject.dropLast(modal.count))
        }
        if ["ngành ", "khu vực ", "lĩnh vực "].contains(where: subject.lowercased().hasPrefix), !trimmedAfter.isEmpty {
            return subject + " " + trimmedAfter
        }
        // "nhập khẩu phấn đấu (triệu USD)": after the verb only the unit the row is counted in.
        let onlyUnit = trimmedAfter.hasPrefix("(") && trimmedAfter.hasSuffix(")") && !trimmedAfter.dropFirst().contains("(")
        return trimmedAfter.isEmpty ? subject : onlyUnit ? subject + " " + trimmedAfter : trimmedAfter
    }

    /// "đến năm 2030, thu nhập bình quân đầu người": when the aim is for, said before what it is of.
    static func withoutLeadingTime(_ name: String) -> String {
        guard let comma = name.firstIndex(of: ","), name[..<comma].split(separator: " ").count <= 4 else { return name }
        let words = name[..<comma].lowercased().split(separator: " ")
        guard let last = words.last, isYear(last),
            words.dropLast().allSatisfy({ ["đến", "trong", "vào", "năm", "giai", "đoạn", "nhiệm", "kỳ"].contains($0) })
        else { return name }
        let rest = name[name.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? name : rest
    }
}
