import Foundation

/// Chỉ tiêu kế hoạch trích trong báo cáo: a report of results that quotes each result's plan after it
/// ("khu vực công nghiệp và xây dựng ước tăng 10,85%/KH tăng 7,5-8,5%", "… ước tăng 11,07% so với năm 2021
/// (KH tăng 8-9%)"). The result is no target; the plan it quotes is, said as a list would say it:
/// "khu vực công nghiệp và xây dựng tăng 7,5-8,5%".
enum PlanQuote {
    /// `sentence` quotes a plan: "/KH …" or "(KH …".
    static func quotes(_ sentence: String) -> Bool {
        sentence.range(of: "(/ ?|\\()(KH|kế hoạch) ", options: .regularExpression) != nil
    }

    /// The plan targets `sentence` quotes, each with the offset in `sentence` where its clause starts.
    static func targets(in sentence: String) -> [(offset: Int, text: String)] {
        let chars = Array(sentence)
        var result: [(Int, String)] = []
        var start = 0
        var search = sentence.startIndex
        while let mark = sentence.range(
            of: "(/ ?|\\()(KH|kế hoạch) ", options: .regularExpression, range: search..<sentence.endIndex)
        {
            let markStart = sentence.distance(from: sentence.startIndex, to: mark.lowerBound)
            let planStart = sentence.distance(from: sentence.startIndex, to: mark.upperBound)
            // The plan's figure runs to the clause's end: a comma or semicolon after it, a closing bracket, the end.
            var planEnd = planStart
            while planEnd < chars.count, !";)".contains(chars[planEnd]),
                !(chars[planEnd] == "," && !(planEnd + 1 < chars.count && chars[planEnd + 1].isNumber))
            {
                planEnd += 1
            }
            let plan = String(chars[planStart..<planEnd]).trimmingCharacters(in: .whitespaces)
            let clause = String(chars[start..<markStart])
            if let name = name(of: clause), plan.contains(where: \.isNumber) {
                result.append((start, joined(name: name, plan: plan)))
            }
            start = min(planEnd + 1, chars.count)
            search = sentence.index(sentence.startIndex, offsetBy: start)
        }
        return result
    }

    /// What the clause reports on, and the verb it reports with: "Thu ngân sách trên địa bàn ước đạt 285 tỷ
    /// đồng, tăng 18,4%" → ("Thu ngân sách trên địa bàn", "đạt"). Nil when no figure follows a name.
    static func name(of clause: String) -> (words: String, verb: String?)? {
        var words = clause.split(separator: " ").map(String.init)
        guard let figure = words.firstIndex(where: { $0.first?.isNumber == true && !Lexicon.isYear(Substring($0)) }) else {
            return nil
        }
        words = Array(words[..<figure])
        let verbs: Set<String> = ["ước", "đạt", "tăng", "giảm", "chiếm", "khoảng", "trên", "dưới", "là", "còn"]
        var verb: String?
        while let last = words.last, verbs.contains(last.lowercased()) {
            if !["ước", "khoảng", "trên", "dưới"].contains(last.lowercased()) { verb = verb ?? last }
            words.removeLast()
        }
        // "Trong đó, khu vực …", "Cụ thể: Tỷ trọng …": what opens the sentence is no part of the name.
        var name = words.joined(separator: " ")
        if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
        for lead in ["Trong đó, ", "trong đó, ", "Trong đó ", "Cụ thể, "] where name.hasPrefix(lead) {
            name = String(name.dropFirst(lead.count))
        }
        name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        return name.split(separator: " ").count >= 1 && name.contains(where: \.isLetter) ? (name, verb) : nil
    }

    /// "khu vực dịch vụ" and "tăng 9-10%" → "khu vực dịch vụ tăng 9-10%"; "Tỷ trọng …", verb "chiếm", and
    /// "24,5-25,5%" → "Tỷ trọng … chiếm 24,5-25,5%".
    static func joined(name: (words: String, verb: String?), plan: String) -> String {
        let first = plan.split(separator: " ").first.map { $0.lowercased() } ?? ""
        let saysVerb = ["tăng", "giảm", "đạt", "chiếm", "còn"].contains(first)
        return [name.words, saysVerb ? nil : name.verb, plan].compactMap { $0 }.joined(separator: " ")
    }
}
