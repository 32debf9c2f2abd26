import Foundation
import KTXHCore

/// Đột biến: the changes a fuzzer makes to a real input, from a seeded generator so a run can be repeated
/// (`KTXH_FUZZ_SEED`). Byte flips and cuts, and the words and marks the readers give a role to, dropped where they
/// change what a reader decides.
struct Mutator {
    var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    /// Words, marks and numbers the grammar reads: each can turn one reading into another.
    static let tokens: [String] = [
        "%", "‰", "≥", "≤", ">", "<", "-", "–", "/", ";", ":", ",", ".", "(", ")", "\t", "\n", " ", "trên", "dưới", "từ",
        "đến", "trở lên", "không quá", "tối thiểu", "tăng", "giảm", "đạt", "so với cùng kỳ", "bình quân", "năm 2025",
        "giai đoạn 2026-2030", "trong đó:", "gồm:", "(1)", "a)", "- ", "+ ", "Điều 2.", "II.", "chỉ tiêu", "tỷ đồng",
        "1.889,5", "0,15", "100%", "52/52", "1e308", "99999999999999999999999999", "-0", "١٢٣", "\u{301}", "\u{0}",
        "\u{FEFF}", "\"", "<", "&amp;", "]]>", "<!--", "xã", "phường", "thôn", "Tỷ lệ", "GRDP",
    ]

    mutating func mutate(_ input: [UInt8], splice other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<8, using: &random) {
            case 0 where !bytes.isEmpty: bytes[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
            case 1 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &random)
            case 2 where !bytes.isEmpty:
                bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...64, using: &random)))
            case 3:
                let token = Self.tokens.randomElement(using: &random) ?? ""
                bytes.insert(contentsOf: Array(token.utf8), at: position)
            case 4 where !bytes.isEmpty:
                // A run of the input repeated: long lists, long lines.
                let end = min(bytes.count, position + Int.random(in: 1...256, using: &random))
                let chunk = Array(bytes[position..<end])
                for _ in 0..<Int.random(in: 1...8, using: &random) { bytes.insert(contentsOf: chunk, at: position) }
            case 5 where !other.isEmpty:
                // Spliced with another input of the corpus.
                let from = Int.random(in: 0..<other.count, using: &random)
                let piece = other[from..<min(other.count, from + Int.random(in: 1...512, using: &random))]
                bytes.insert(contentsOf: piece, at: position)
            case 6 where !bytes.isEmpty:
                // Cut short, as a page copied halfway.
                bytes.removeSubrange(position..<bytes.count)
            default:
                let digits = Array(String(Int.random(in: -1_000_000...1_000_000, using: &random)).utf8)
                bytes.insert(contentsOf: digits, at: position)
            }
        }
        return bytes
    }
}
