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
    /// The last years of every term the document names ("nhiệm kỳ 2020 - 2025"): "đến năm 2020" in a plan for
    /// "giai đoạn 2016 - 2020" and 2021-2030 is the first term's horizon, not a look back.
    let termEnds: Set<Int>
    /// The last year of the latest term: a sentence opening with an earlier term ("Nhiệm kỳ 2015 - 2020, xã … hoàn
    /// thành …") reports what that term did.
    var latestTermEnd: Int? { termEnds.max() }
    /// The first year of that term: a date before it looks back ("đến năm 2019" in a text for 2020-2025).
    var latestTermStart: Int? { latestTermEnd.map { $0 - 5 } }

    /// The latest year the document names ("năm 2023"): a review of an earlier one's plan ("thông qua Nghị quyết
    /// tình hình thực hiện kế hoạch … năm 2022, với tốc độ tăng trưởng … đạt 13,4%") reports what was done.
    var latestYear: Int?

    init(termEnds: Set<Int> = [], latestYear: Int? = nil) {
        self.termEnds = termEnds
        self.latestYear = latestYear
    }

    /// Words that set or announce targets.
    static let settingWords = [
        "phan dau", "de ra", "dat muc tieu", "dat chi tieu", "dat ra", "muc tieu", "chi tieu", "giao", "du kien", "ke hoach nam",
        "den nam 20", "den cuoi nhiem ky", "den cuoi nam", "xac dinh", "thong qua",
        // "Kế hoạch Kinh tế - xã hội giai đoạn 2021-2025" over a paragraph of targets.
        "ke hoach kinh te", "ke hoach phat trien",
        // "Giai đoạn tới, xã hướng tới …; tốc độ tăng trưởng … 16%/năm": the term ahead.
        "giai doan toi", "nhiem ky toi", "huong toi", "huong den",
        // "GRDP bình quân đầu người năm 2020 đạt 60 triệu đồng, định hướng năm 2030 đạt 217 - 220 triệu đồng".
        "dinh huong nam", "dinh huong den",
    ]
    /// Of those, the ones that outweigh a report of results in the same sentence.
    static let strongWords = ["phan dau", "de ra", "dat muc tieu", "dat chi tieu", "dat ra", "den nam 20", "den cuoi nhiem ky"]
    /// A date a target is set for, which an estimate of what was done outweighs: "… đến năm 2020 ước đạt …".
    static let dateWords = ["den nam 20", "den cuoi nhiem ky"]
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
        // "Chương trình mục tiêu quốc gia giảm nghèo …" is a programme's name.
        for word in [
            "giao thong", "giao duc", "giao luu", "giao dich", "ban giao", "chuyen giao", "giao thuong", "muc tieu quoc gia",
        ] {
            cueText = cueText.replacingOccurrences(of: word, with: String(repeating: "x", count: word.count))
        }
        let cue = Self.settingWords.compactMap { word -> Range<String.Index>? in
            guard let found = cueText.range(of: word) else { return nil }
            let start = folded.index(
                folded.startIndex, offsetBy: cueText.distance(from: cueText.startIndex, to: found.lowerBound))
            return start..<folded.index(start, offsetBy: word.count)
        }.min { $0.lowerBound < $1.lowerBound }
        // "… đã thực hiện đạt và vượt 20/22 chỉ tiêu … đề ra": what was set before, and done.
        let strong = Self.sets(sentence, folded: folded, termStart: latestTermStart)
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
            !strong && !quotesTargets && !setAgainstLastYear
            && (Self.reportsResults(sentence) || opensWithPastTerm(folded) || reviewsPastYear(folded))
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
        // "… nông nghiệp, thủy sản, lâm nghiệp chiếm lần lượt là: 60%, 28%, 12%": the parts' figures, named before.
        if let colon = folded[cue.lowerBound...].firstIndex(of: ":"), colon < Self.firstFigure(in: folded),
            !["lan luot la", "lan luot", "tuong ung la", "tuong ung"].contains(where: folded[..<colon].hasSuffix)
        {
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
