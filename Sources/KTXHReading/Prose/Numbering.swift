import Foundation

/// Đánh số: how a line of a document is numbered, "Điều 2.", "2.1.", "(3)", "II.", "a)", "- ".
package struct Numbering: Hashable {
    enum Kind: Hashable {
        case article, arabic, parenthesised, roman, letter, bullet
    }

    var kind: Kind
    /// The numbers as written, "2.1" → [2, 1]; empty for letters and bullets.
    var values: [Int]
    /// The mark as written, without a trailing period: "2.1", "(3)", "a)", "II".
    var mark: String
    /// Where the text after the mark starts.
    var textStart: String.Index

    static func read(_ line: String) -> Numbering? {
        let chars = Array(line)
        guard let first = chars.first else { return nil }
        func after(_ count: Int) -> String.Index {
            var index = count
            while index < chars.count, chars[index] == " " { index += 1 }
            return line.index(line.startIndex, offsetBy: index)
        }
        if line.folded.hasPrefix("dieu "), let digits = leadingDigits(chars, from: 5), !digits.isEmpty {
            var end = 5 + digits.count
            if end < chars.count, chars[end] == "." || chars[end] == ":" { end += 1 }
            return Numbering(kind: .article, values: [Int(digits) ?? 0], mark: "Điều \(digits)", textStart: after(end))
        }
        if first == "(", let digits = leadingDigits(chars, from: 1), !digits.isEmpty, chars.count > digits.count + 1,
            chars[digits.count + 1] == ")"
        {
            return Numbering(
                kind: .parenthesised, values: [Int(digits) ?? 0], mark: "(\(digits))", textStart: after(digits.count + 2))
        }
        if "-–+•".contains(first), chars.count > 1, chars[1] == " " {
            return Numbering(kind: .bullet, values: [], mark: String(first), textStart: after(1))
        }
        if first.isNumber { return arabic(chars, line: line, after: after) }
        var letters = 0
        while letters < chars.count, chars[letters].isLetter { letters += 1 }
        guard letters > 0, letters < chars.count else { return nil }
        let word = String(chars[0..<letters])
        if letters == 1, first.isLowercase, chars[1] == ")" {
            return Numbering(kind: .letter, values: [], mark: "\(word))", textStart: after(2))
        }
        if word.allSatisfy({ "IVX".contains($0) }), chars[letters] == "." {
            return Numbering(kind: .roman, values: [], mark: word, textStart: after(letters + 1))
        }
        return nil
    }

    /// "2.", "2.1.", "2.1 ", "3. 6." but not a figure such as "3.945 tỷ đồng".
    private static func arabic(_ chars: [Character], line: String, after: (Int) -> String.Index) -> Numbering? {
        var values: [Int] = []
        var index = 0
        while let digits = leadingDigits(chars, from: index), !digits.isEmpty, digits.count <= 2 {
            values.append(Int(digits) ?? 0)
            index += digits.count
            guard index < chars.count, chars[index] == "." || chars[index] == ")" else { break }
            index += 1
            while index < chars.count, chars[index] == " ", index + 1 < chars.count, chars[index + 1].isNumber,
                values.count == 1
            {
                index += 1
            }
        }
        guard !values.isEmpty, index <= chars.count, index == chars.count || chars[index] == " " else { return nil }
        guard index > 0, chars[index - 1] == "." || chars[index - 1] == ")" || values.count > 1 else { return nil }
        let mark = values.map(String.init).joined(separator: ".")
        return Numbering(kind: .arabic, values: values, mark: mark, textStart: after(index))
    }

    private static func leadingDigits(_ chars: [Character], from start: Int) -> String? {
        guard start < chars.count else { return nil }
        var end = start
        while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
        return String(chars[start..<end])
    }
}
