import Foundation

/// Two wordings of one indicator reduced to the same words: abbreviations spelled out, "Tỷ lệ" and filler
/// words dropped, punctuation ignored, word order ignored.
package enum NameKey {
    /// Abbreviations the seeds and reports use, spelled out.
    static let abbreviations: [String: String] = [
        "nsnn": "ngân sách nhà nước", "bhyt": "bảo hiểm y tế", "bhxh": "bảo hiểm xã hội", "htx": "hợp tác xã",
        "thcs": "trung học cơ sở", "thpt": "trung học phổ thông", "tthc": "thủ tục hành chính",
        "dvctt": "dịch vụ công trực tuyến", "dvc": "dịch vụ công", "gd&đt": "giáo dục và đào tạo",
        "gdđt": "giáo dục và đào tạo", "tngt": "tai nạn giao thông", "ntm": "nông thôn mới",
        "vsattp": "vệ sinh an toàn thực phẩm", "cchc": "cải cách hành chính", "ubnd": "ủy ban nhân dân",
        "hđnd": "hội đồng nhân dân", "kt-xh": "kinh tế xã hội", "ktxh": "kinh tế xã hội", "tp": "thành phố",
        "tỉ": "tỷ",
    ]

    /// Words that do not change what is measured.
    static let filler: Set<String> = ["tỷ", "lệ", "số", "của", "các", "những", "được", "trên", "địa", "bàn", "và"]

    static func words(_ name: String) -> [String] {
        let lowered = TextNormalization.matchKey(name).replacingOccurrences(of: "hoá", with: "hóa")
        var words: [String] = []
        for raw in lowered.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" }) {
            let word = String(raw).trimmingCharacters(in: CharacterSet(charactersIn: ".:-–/"))
            guard !word.isEmpty else { continue }
            if let expansion = abbreviations[word] {
                words += expansion.split(separator: " ").map(String.init)
            } else {
                words.append(word)
            }
        }
        return words
    }

    /// The set of meaningful words: equal sets mean the same indicator.
    package static func key(_ name: String) -> Set<String> {
        Set(words(name).filter { !filler.contains($0) && !$0.allSatisfy { "-–".contains($0) } })
    }

    /// Jaccard similarity of two names' word sets.
    package static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}
