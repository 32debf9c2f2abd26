import Foundation
import KTXHCore

/// Who does a task and by when, as its sentence says: "Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với
/// Phòng Nội vụ và UBND các xã, phường …; hoàn thành trước ngày 30/6/2025", "Ngành y tế tăng cường …",
/// "(Cơ quan chủ trì: Sở Xây dựng)".
enum TaskWording {
    static func task(_ sentence: String, section: String, line: Int) -> ExtractedTask {
        ExtractedTask(
            section: section, text: sentence, lead: lead(in: sentence) ?? "", partners: partners(in: sentence),
            deadline: deadline(in: sentence), line: line)
    }

    /// Words a body's name starts with.
    static let bodyWords = [
        "sở", "phòng", "ban", "ủy ban", "uỷ ban", "ubnd", "công an", "bộ chỉ huy", "ban chỉ huy", "trung tâm", "văn phòng",
        "ngành", "các sở", "các cơ quan", "các phòng", "các ngành", "các đơn vị", "các địa phương", "đài", "bảo hiểm",
        "kho bạc", "chi cục", "cục", "hội", "đoàn", "liên đoàn", "mặt trận", "thanh tra", "tòa án", "viện", "trường",
        "chi nhánh", "hạt", "đội", "lực lượng", "quân sự", "huyện đoàn", "tỉnh đoàn", "thị đoàn", "hội đồng", "bqlda",
        "ban quản lý", "ngân hàng", "điện lực", "uban", "tt", "ubmttq", "mttq",
    ]

    /// Verbs that start what a body is to do: the body's name ends before them.
    static let verbs = [
        "chủ trì", "phối hợp", "thực hiện", "tham mưu", "tăng cường", "triển khai", "chủ động", "tiếp tục", "đẩy mạnh",
        "tập trung", "có trách nhiệm", "khẩn trương", "hướng dẫn", "xây dựng", "rà soát", "tổ chức", "theo dõi",
        "nâng cao", "đảm bảo", "bảo đảm", "duy trì", "quản lý", "kiểm tra", "chỉ đạo", "phát huy", "làm tốt", "quan tâm",
        "đôn đốc", "nghiên cứu", "đề xuất", "ban hành", "hoàn thành", "giải quyết", "thường xuyên", "phát triển",
        "thực hiện tốt", "vận động", "tuyên truyền", "phấn đấu", "huy động", "cải thiện", "đổi mới", "khuyến khích",
        "hỗ trợ", "đầu tư", "tạo điều kiện", "củng cố", "giữ vững", "đẩy nhanh", "ưu tiên", "chú trọng", "kiện toàn",
        "hoàn thiện", "lập", "tạo", "thúc đẩy", "khai thác", "ứng dụng", "chuyển đổi", "sắp xếp", "thu hút",
        "bố trí", "nắm chắc", "nắm", "chăm lo", "đối thoại", "tiếp nhận", "xử lý", "thẩm định", "gắn",
    ]

    /// The sentence opens with what is to be done, not with who does it.
    static func startsWithVerb(_ text: String) -> Bool {
        let lowered = " " + text.lowercased()
        return verbs.contains { lowered.hasPrefix(" " + $0 + " ") || lowered.hasPrefix(" " + $0 + ",") }
    }

    /// The body named at the start ("Giao Sở Xây dựng chủ trì …", "UBND các xã, phường thực hiện …") or in
    /// brackets ("(Cơ quan chủ trì: Sở Xây dựng)").
    static func lead(in sentence: String) -> String? {
        if let range = sentence.range(of: "chủ trì:", options: .caseInsensitive) {
            return body(in: String(sentence[range.upperBound...]), upTo: [")", ";", "."])
        }
        var rest = Substring(sentence)
        for opening in ["Giao ", "Đề nghị ", "Yêu cầu ", "Chỉ đạo "] where rest.hasPrefix(opening) {
            rest = rest.dropFirst(opening.count)
        }
        let lowered = rest.lowercased()
        guard bodyWords.contains(where: { lowered.hasPrefix($0 + " ") }), !startsWithVerb(String(rest)) else { return nil }
        let words = rest.split(separator: " ", omittingEmptySubsequences: true)
        for count in 1..<min(words.count, 16) {
            // A verb is at most three words ("có trách nhiệm"): the next four are enough, whatever the sentence's length.
            let after = words[count..<min(words.count, count + 4)].joined(separator: " ").lowercased()
            if verbs.contains(where: { after.hasPrefix($0 + " ") || after.hasPrefix($0 + ",") }) {
                return words[..<count].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
            }
        }
        return nil
    }

    /// A heading that is only a body's name ("Bộ Công Thương", "Ủy ban nhân dân các tỉnh, thành phố"): that body.
    static func bodyHeading(_ heading: String) -> String? {
        let lowered = heading.lowercased()
        guard bodyWords.contains(where: { lowered.hasPrefix($0 + " ") }), heading.split(separator: " ").count <= 10,
            !verbs.contains(where: { (" " + lowered + " ").contains(" " + $0 + " ") })
        else { return nil }
        return heading
    }

    /// The bodies after "phối hợp với", each its own: "Sở Tài chính, Sở Xây dựng và UBND các huyện" is three,
    /// "UBND các xã, phường" one.
    static func partners(in sentence: String) -> [String] {
        guard
            let range = sentence.range(of: "phối hợp với ", options: .caseInsensitive)
                ?? sentence.range(of: "phối hợp chặt chẽ với ", options: .caseInsensitive)
        else { return [] }
        guard let list = body(in: String(sentence[range.upperBound...]), upTo: [";", ".", ")", ":"]) else { return [] }
        var parts: [String] = []
        var current = ""
        let words = list.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            if word == "và", next.first?.isUppercase == true || next == "các" {
                parts.append(current)
                current = ""
                continue
            }
            current += (current.isEmpty ? "" : " ") + word
            if word.hasSuffix(","), next.first?.isUppercase == true || next == "các" {
                current.removeLast()
                parts.append(current)
                current = ""
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ,")) }.filter { !$0.isEmpty }
    }

    /// A body's name at the start of `text`: up to a verb, a comma before a verb, or one of `stops`.
    static func body(in text: String, upTo stops: [Character]) -> String? {
        let cut = text.prefix { !stops.contains($0) }
        let words = cut.split(separator: " ")
        var kept: [Substring] = []
        for (index, word) in words.enumerated() {
            let after = words[index..<min(words.count, index + 4)].joined(separator: " ").lowercased()
            if index > 0,
                verbs.contains(where: { after.hasPrefix($0 + " ") })
                    || ["để", "nhằm", "trong", "trước"].contains(
                        word.lowercased())
            {
                break
            }
            kept.append(word)
        }
        let name = kept.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        return name.isEmpty ? nil : name
    }

    /// "trước ngày 30/6/2025", "trong quý III/2025", "tháng 10/2025", "trong năm 2025", "Thường xuyên …".
    static func deadline(in sentence: String) -> TaskDeadline? {
        let lowered = sentence.lowercased()
        if let match = lowered.firstMatch(of: /(trước|đến|chậm nhất|hạn|hoàn thành)( ngày)? (\d{1,2})\/(\d{1,2})\/(\d{4})/),
            let day = Int(match.3), let month = Int(match.4), let year = Int(match.5),
            let date = CalendarDay(year: year, month: month, day: day)
        {
            return .day(date)
        }
        if let match = lowered.firstMatch(of: /quý (iv|iii|ii|i|[1-4])\s*(?:\/|năm|-)\s*(?:năm )?(\d{4})/),
            let year = Int(match.2)
        {
            let quarter = ["i": 1, "ii": 2, "iii": 3, "iv": 4][String(match.1)] ?? Int(match.1) ?? 1
            return .quarter(year: year, quarter: quarter)
        }
        if let match = lowered.firstMatch(of: /(trong|trước|đến|hoàn thành)( trong)? tháng (\d{1,2})(?:\/| năm )(\d{4})/),
            let month = Int(match.3), let year = Int(match.4), (1...12).contains(month)
        {
            return .month(year: year, month: month)
        }
        if let match = lowered.firstMatch(of: /(trong|hoàn thành|ngay trong) năm (\d{4})/), let year = Int(match.2) {
            return .year(year)
        }
        if lowered.hasPrefix("thường xuyên ") || lowered.hasSuffix(", thường xuyên") || lowered.contains("(thường xuyên)") {
            return .ongoing
        }
        return nil
    }
}
