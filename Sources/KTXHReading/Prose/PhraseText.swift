import Foundation
import KTXHCore

/// A phrase as characters, with the helpers the grammar needs: word starts, bracket depth,
/// trimming. Positions are character offsets, so a part of a phrase maps back to its line.
package struct PhraseText {
    let chars: [Character]
    /// Bracket depth before each character: words inside "( … )" qualify, they do not state targets.
    let depth: [Int]
    /// Offsets of the "(" that no ")" closes.
    let unclosed: Set<Int>
    /// "Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt": the "1" of a name's per-hectare, not a figure.
    let perHectare: Set<Int>

    init(_ text: String) {
        self.init(Array(text))
    }

    init(_ chars: [Character]) {
        self.chars = chars
        // "(tương đương 2.848 USD. Cơ cấu kinh tế …": a bracket never closed does not swallow the rest of the text.
        var open: [Int] = []
        var matched = Set<Int>()
        for (i, c) in chars.enumerated() {
            if c == "(" { open.append(i) }
            if c == ")", let start = open.popLast() { matched.formUnion([start, i]) }
        }
        var level = 0
        var depth: [Int] = []
        depth.reserveCapacity(chars.count)
        for (i, c) in chars.enumerated() {
            if c == ")", matched.contains(i) { level = max(0, level - 1) }
            depth.append(level)
            if c == "(", matched.contains(i) { level += 1 }
        }
        self.depth = depth
        unclosed = Set(open)
        let starts = chars.indices.filter { chars[$0] != " " && ($0 == 0 || chars[$0 - 1] == " ") }
        let words = starts.map { start in String(chars[start...].prefix { $0 != " " }).lowercased() }
        perHectare = Set(
            words.indices.filter { index in
                ["1", "01"].contains(words[index]) && index + 2 < words.count && words[index + 1] == "ha"
                    && ["đất", "canh", "diện", "mặt"].contains(words[index + 2])
            }.map { starts[$0] })
    }

    var count: Int { chars.count }

    func string(_ range: Range<Int>) -> String {
        String(chars[range.clamped(to: 0..<chars.count)])
    }

    /// Offsets where a word begins, outside brackets.
    var wordStarts: [Int] {
        chars.indices.filter { i in
            chars[i] != " " && depth[i] == 0 && (i == 0 || chars[i - 1] == " " || chars[i - 1] == "(")
        }
    }

    /// `range` without spaces and the given punctuation at either end.
    func trimmed(_ range: Range<Int>, dropping punctuation: Set<Character> = [" "]) -> Range<Int> {
        var low = max(range.lowerBound, 0)
        var high = min(range.upperBound, chars.count)
        let drop = punctuation.union([" "])
        while low < high, drop.contains(chars[low]) { low += 1 }
        while high > low, drop.contains(chars[high - 1]) { high -= 1 }
        return low..<high
    }

    /// Offsets of `separator` outside brackets.
    func positions(of separator: String) -> [Int] {
        let pattern = Array(separator)
        guard !pattern.isEmpty, chars.count >= pattern.count else { return [] }
        return (0...(chars.count - pattern.count)).filter { i in
            depth[i] == 0 && Array(chars[i..<(i + pattern.count)]) == pattern
        }
    }

    /// The lowercased word starting at `offset`.
    func word(at offset: Int) -> String {
        var end = offset
        while end < chars.count, chars[end] != " " { end += 1 }
        return String(chars[offset..<end]).lowercased()
    }

    func isDigit(at offset: Int) -> Bool {
        offset < chars.count && chars[offset].isASCII && chars[offset].isNumber && !perHectare.contains(offset)
    }
}

extension String {
    /// Lowercased without diacritics, for matching words however they were typed.
    package var folded: String { TextNormalization.folded(self) }
}
