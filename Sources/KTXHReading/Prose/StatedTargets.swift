import Foundation

/// Câu đặt chỉ tiêu: in a text with no list of targets (a news report of a council session, a
/// speech, a congress's summary), the sentences that set targets, found by what they say rather than
/// by where they stand: "Năm 2025, tỉnh phấn đấu tăng trưởng kinh tế đạt 8%; …", "Nghị quyết đặt
/// mục tiêu …", "… trên 2.000 tỷ đồng là hai trong 9 chỉ tiêu chủ yếu". Sentences reporting what was
/// done ("ước đạt", "đã đạt", "so với cùng kỳ") are not read, unless they also set a target.
package struct StatedTargets {
    /// The sentences read so far set or announced targets: the ones that follow with a figure go on
    /// listing them ("Theo đó, tỉnh đặt mục tiêu …. Cụ thể, GRDP tăng 8,5-8,7%; …"; "… đã thông qua 28
    /// chỉ tiêu chủ yếu. Trong đó, tốc độ tăng trưởng … đạt 9-10%. Cơ cấu kinh tế: …").
    private var listing = false
    /// The last sentence read reported what was done ("Thành tựu … năm 2020:"): the bullets under it are results.
    private(set) var reportingResults = false
    /// The last sentence reported results and announced no target ("Nhiệm kỳ qua, … đã đạt nhiều kết quả").
    private var onlyReported = false
    /// The last year of the latest term the document names ("nhiệm kỳ 2020 - 2025"): a sentence opening with an
    /// earlier term ("Nhiệm kỳ 2015 - 2020, xã … hoàn thành …") reports what that term did.
    var latestTermEnd: Int?

    init(latestTermEnd: Int? = nil) {
        self.latestTermEnd = latestTermEnd
    }

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
        guard let latestTermEnd else { return false }
        for lead in ["den cuoi nam ", "den nam ", "cuoi nam "] {
            if let found = folded.range(of: lead), let year = Int(folded[found.upperBound...].prefix(4)),
                year < latestTermEnd - 5
            {
                return true
            }
        }
        let opening = folded.split(separator: " ").prefix(7).joined(separator: " ")
        let ends = Self.termEnds(in: opening)
        return !ends.isEmpty && ends.allSatisfy { $0 < latestTermEnd }
    }

    /// Words that set or announce targets.
    static let settingWords = [
        "phan dau", "de ra", "dat muc tieu", "dat chi tieu", "dat ra", "muc tieu", "chi tieu", "giao", "du kien", "ke hoach nam",
        "den nam 20", "den cuoi nhiem ky", "den cuoi nam", "xac dinh", "thong qua",
        // "Kế hoạch Kinh tế - xã hội giai đoạn 2021-2025" over a paragraph of targets.
        "ke hoach kinh te", "ke hoach phat trien",
        // "Giai đoạn tới, xã hướng tới …; tốc độ tăng trưởng … 16%/năm": the term ahead.
        "giai doan toi", "nhiem ky toi", "huong toi",
    ]
    /// Of those, the ones that outweigh a report of results in the same sentence.
    static let strongWords = ["phan dau", "de ra", "dat muc tieu", "dat chi tieu", "dat ra", "den nam 20", "den cuoi nhiem ky"]
    /// A date a target is set for, which an estimate of what was done outweighs: "… đến năm 2020 ước đạt …".
    static let dateWords = ["den nam 20", "den cuoi nhiem ky"]
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
            // Facts of the place, not aims: "Dân số toàn tỉnh có 1,6 triệu người", "diện tích tự nhiên 486 km²".
            "dân số toàn", "dân số trung bình", "diện tích tự nhiên", "có diện tích", "dân số hơn", "dân số gần",
            "dân số khoảng", "quy mô dân số",
            // How the place came to be: "Xã … được thành lập trên cơ sở hợp 3 xã".
            "được thành lập", "sáp nhập",
        ]
    /// Openings that carry a sentence on from the one before.
    static let leads = ["cu the", "theo do", "trong do", "do la"]

    /// The parts of `line` that state targets: a sentence each, from where its targets start.
    mutating func read(_ line: TargetSection.Line) -> [TargetSection.Line] {
        let chars = Array(line.text)
        var starts = [0]
        for i in chars.indices where i > 0 && chars[i - 1] == " " && InlineMarks.sentenceEnded(chars, before: i) {
            starts.append(i)
        }
        return zip(starts, starts.dropFirst() + [chars.count]).flatMap { start, end -> [TargetSection.Line] in
            let sentence = String(chars[start..<end])
            guard let from = read(sentence) else {
                // "… ước tăng 10,85%/KH tăng 7,5-8,5%": a result, and the plan it is set against.
                guard PlanQuote.quotes(sentence) else { return [] }
                return PlanQuote.targets(in: sentence).map {
                    TargetSection.Line(number: line.line(at: start + $0.offset), text: $0.text)
                }
            }
            let until = Self.tailStart(sentence).map { start + $0 } ?? end
            return until > start + from ? [line.slice((start + from)..<until)] : []
        }
    }

    /// Where the targets of `sentence` start, nil when it sets none; remembers whether the next may go on.
    mutating func read(_ sentence: String) -> Int? {
        let folded = Self.plain(sentence)
        // "Để đạt được các mục tiêu trên, … phấn đấu giải ngân 100% kế hoạch vốn": the ways to reach the targets.
        // "Để thực hiện mục tiêu giảm nghèo …, UBND tỉnh đã đề ra mục tiêu cụ thể là: …" sets new ones.
        let reached = ["muc tieu tren", "chi tieu tren", "muc tieu nay", "chi tieu nay", "nhiem vu tren"]
        if folded.hasPrefix("de "), reached.contains(where: folded.contains), !folded.contains("de ra") {
            listing = false
            return nil
        }
        let hasFigure = sentence.contains(where: \.isNumber)
        // "giao thông", "giáo dục" hold "giao" and set nothing.
        var cueText = folded
        for word in ["giao thong", "giao duc", "giao luu", "giao dich", "ban giao", "chuyen giao", "giao thuong"] {
            cueText = cueText.replacingOccurrences(of: word, with: String(repeating: "x", count: word.count))
        }
        let cue = Self.settingWords.compactMap { word -> Range<String.Index>? in
            guard let found = cueText.range(of: word) else { return nil }
            let start = folded.index(
                folded.startIndex, offsetBy: cueText.distance(from: cueText.startIndex, to: found.lowerBound))
            return start..<folded.index(start, offsetBy: word.count)
        }.min { $0.lowerBound < $1.lowerBound }
        // "… đã thực hiện đạt và vượt 20/22 chỉ tiêu … đề ra": what was set before, and done.
        let strong = Self.sets(sentence, folded: folded, termStart: latestTermEnd.map { $0 - 5 })
        // "… HĐND đã quyết nghị các chỉ tiêu …. Theo đó, chỉ tiêu về tổng mức bán lẻ 38.410 tỷ đồng, bằng 106,38% so
        // với năm 2022; …": a list the sentence before announced, its targets set against last year.
        let quotesTargets =
            listing && Self.leads.contains(where: folded.hasPrefix) && !Self.contains(Self.plainResultWords, in: sentence)
            && folded[..<Self.firstFigure(in: folded)].contains("chi tieu ve ") && !Self.tellsWhatWasDone(sentence)
        // "Theo đó, Châu Đức phấn đấu … đạt 3.563 tỷ đồng, tăng 4,18% so với cùng kỳ. Giá trị sản xuất công nghiệp … đạt
        // 6.605 tỷ đồng, tăng 6,57% so với cùng kỳ.": the list goes on, each target set against last year. A part of
        // the year ("6 tháng đầu năm") or what was done says it reports.
        let setAgainstLastYear =
            listing && folded.contains("so voi cung k") && !folded.contains(" thang")
            && !Self.contains(Self.plainResultWords, in: sentence)
            && !Self.tellsWhatWasDone(sentence)
            && !Self.reportsResults(
                sentence.replacingOccurrences(of: "so với cùng kỳ", with: "").replacingOccurrences(of: "so với cùng kì", with: "")
            )
        let reportsResults =
            !strong && !quotesTargets && !setAgainstLastYear && (Self.reportsResults(sentence) || opensWithPastTerm(folded))
        let goingOn = listing
        let reportedBefore = onlyReported
        // A short line without a figure (a photo's caption, a subheading) does not end the list; a paragraph does.
        let short = sentence.split(separator: " ").count <= 12
        // "Kỳ họp đồng thời thông qua danh sách …": a weak word in a sentence with no figure announces targets
        // only when it names them.
        let announces =
            cue != nil
            && (hasFigure || Self.strongWords.contains(where: folded.contains)
                || ["chi tieu", "muc tieu", "ke hoach", "nghi quyet", "nhiem vu"].contains(where: folded.contains))
        listing = !reportsResults && (announces || goingOn && (hasFigure || short))
        reportingResults = reportsResults
        onlyReported = reportsResults
        guard hasFigure, !reportsResults else { return nil }
        if let lead = Self.leads.first(where: { folded.hasPrefix($0) }) {
            // "… đã đạt nhiều kết quả. Trong đó, …": the details of a report of results.
            return (!reportedBefore || strong) && (goingOn || cue != nil) ? lead.count + 1 : nil
        }
        guard let cue else { return goingOn ? 0 : nil }
        // "…, nổi bật: Tốc độ tăng trưởng …", "… gồm: …": the list follows the colon.
        // A colon after a figure is a target's own ("thu nhập bình quân đầu người đạt: 54 triệu đồng").
        if let colon = folded[cue.lowerBound...].firstIndex(of: ":"), colon < Self.firstFigure(in: folded) {
            return folded.distance(from: folded.startIndex, to: colon) + 1
        }
        // "… xác định 7 chỉ tiêu chủ yếu, gồm Tốc độ tăng trưởng GRDP …": "gồm" without its colon.
        if let list = folded[cue.lowerBound...].range(of: " gom "), list.lowerBound < Self.firstFigure(in: folded),
            folded[cue.lowerBound..<list.lowerBound].contains("chi tieu")
        {
            return folded.distance(from: folded.startIndex, to: list.upperBound)
        }
        // "phấn đấu tăng trưởng kinh tế đạt 8%", "đặt mục tiêu tăng trưởng …": the list follows the verb.
        // "Thu ngân sách … phấn đấu đạt 12.000 tỷ đồng" names its indicator before the verb: read it whole.
        // A verb after targets already listed ("…; thu ngân sách tăng 50%; đến năm 2030 toàn tỉnh phấn đấu không
        // còn hộ nghèo") starts nothing.
        // The last such verb before the first figure: "… đề ra mục tiêu tăng trưởng 10,5% …, đồng thời phấn đấu có
        // …", "đặt mục tiêu phấn đấu tăng trưởng …", "mục tiêu của tỉnh phấn đấu tăng trưởng kinh tế 10%".
        // "… thông qua nghị quyết với một số chỉ tiêu chủ yếu thương mại - dịch vụ tăng …": the list follows its name.
        let verbs = ["phan dau", "muc tieu", "de ra", "chi tieu chu yeu"].flatMap { Self.occurrences(of: $0 + " ", in: folded) }
        let figure = Self.firstFigure(in: folded, from: verbs.map(\.lowerBound).min())
        let found = verbs.filter { $0.lowerBound < figure }.max { $0.lowerBound < $1.lowerBound }
        guard let found, !Self.listsTargets(folded[..<found.lowerBound])
        else { return 0 }
        let next = folded[found.upperBound...].split(separator: " ").first ?? ""
        if next == "dat" || next.first?.isNumber == true { return 0 }
        return folded.distance(from: folded.startIndex, to: found.upperBound)
    }

    static func occurrences(of word: String, in folded: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var search = folded.startIndex..<folded.endIndex
        while let found = folded.range(of: word, range: search) {
            result.append(found)
            search = found.upperBound..<folded.endIndex
        }
        return result
    }

    /// `head` holds a clause ended by ";" with a percentage or a sum: a target listed before.
    static func listsTargets(_ head: Substring) -> Bool {
        guard let last = head.lastIndex(of: ";") else { return false }
        let listed = head[..<last]
        return listed.contains("%") || listed.contains(" dong") || listed.contains(" usd")
    }

    /// Where the first figure other than a year, a term ("2030", "2025-2030") or a count of targets ("5 chỉ tiêu
    /// cơ bản", "10 nhóm chỉ tiêu") starts.
    static func firstFigure(in folded: String, from start: String.Index? = nil) -> String.Index {
        var index = folded.startIndex
        let words = folded.split(separator: " ", omittingEmptySubsequences: false)
        for (position, word) in words.enumerated() {
            if index >= (start ?? folded.startIndex), word.contains(where: \.isNumber), !Lexicon.isYear(word) {
                // "thông qua 21 nghị quyết, trong đó …: GRDP tăng 10%": a count of documents or targets.
                let next = words[(position + 1)...].lazy.filter { !$0.isEmpty }.prefix(3).joined(separator: " ")
                // "… cần thực hiện trong 5 năm tới đó là: …": a length of time.
                let years = next.hasPrefix("nam") && (Int(word) ?? 100) <= 10
                if !Lexicon.countedParts.contains(where: next.hasPrefix), !years { return index }
            }
            index = folded.index(index, offsetBy: word.count + 1, limitedBy: folded.endIndex) ?? folded.endIndex
        }
        return folded.endIndex
    }

    /// The sentence sets targets whatever else it reports: a strong word not about what was set before
    /// ("đã đề ra", "đạt và vượt kế hoạch đề ra"), a date not beside a plain report of what was done.
    /// "đến năm 2019 đạt 125% kế hoạch" in a congress's report for 2020-2025 (`termStart` 2020) looks back.
    static func sets(_ sentence: String, folded: String, termStart: Int? = nil) -> Bool {
        let plainResult = contains(plainResultWords, in: sentence)
        return strongWords.contains { word in
            guard let found = folded.range(of: word) else { return false }
            let before = " " + folded[..<found.lowerBound]
            // "đã đề ra", "đã phấn đấu": set before. "Để phát huy những thành tựu đã đạt được, …, trong đó phấn đấu
            // …": the "đã" is about something else.
            if before.split(separator: " ").suffix(3).contains("da") { return false }
            // "… các chỉ tiêu phát triển kinh tế - xã hội đề ra đạt …": the targets set before, not setting now.
            let recent = before.split(separator: " ").suffix(12).joined(separator: " ")
            if word == "de ra", ["ke hoach", "chi tieu", "muc tieu", "nhiem vu"].contains(where: recent.contains) {
                return false
            }
            if let termStart, dateWords.contains(word),
                let year = Int(folded[found.lowerBound...].dropFirst("den nam ".count).prefix(4)), year < termStart
            {
                return false
            }
            return !(plainResult && dateWords.contains(word))
        }
    }

    /// A paragraph after a list of targets in a news report that goes on with more: its first clause is a
    /// target with its name ("Tổng thu ngân sách … giai đoạn 2021 - 2025 đạt 77.000 tỷ đồng, …"), and it reports
    /// no result. "Để đạt được các mục tiêu trên, …, phấn đấu giải ngân 100% …" starts with no target.
    static func goesOnListing(_ paragraph: String) -> Bool {
        guard !reportsResults(paragraph) else { return false }
        // "… chiếm 38,10%, giảm 0,07% …": the first clause ends at a comma that is not a decimal one.
        let chars = Array(paragraph)
        let end = chars.indices.first { i in
            chars[i] == ";"
                || chars[i] == "," && !(i > 0 && chars[i - 1].isNumber && i + 1 < chars.count && chars[i + 1].isNumber)
        }
        let first = String(chars[..<(end ?? chars.count)])
        guard let reading = TargetPhrase.read(first, qualitative: false) else { return false }
        return reading.nameFirst && reading.target.unit != nil && !Lexicon.namesNothing(reading.indicator)
    }

    /// The text reports what was done: a result word, or "…, bằng 105% dự toán".
    static func reportsResults(_ text: String) -> Bool {
        contains(resultWords, in: withoutBases(withoutQuotas(text))) || comparesToPlan(plain(text))
            || tellsWhatWasDone(text)
                && !settingWords.contains(where: plain(text).contains)
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
        let lowered = " " + TextNormalization.matchKey(text)
        return words.contains { lowered.contains(" " + $0) }
    }

    /// "…, bằng 105% dự toán", "…, đạt 116% dự toán giao": a result set against its plan ("đồng bằng" is a delta,
    /// not a comparison).
    static func comparesToPlan(_ folded: String) -> Bool {
        var search = folded.startIndex..<folded.endIndex
        while let found = folded.range(of: " bang ", range: search) {
            if folded[found.upperBound...].first?.isNumber == true { return true }
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
