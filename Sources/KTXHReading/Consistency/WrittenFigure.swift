import Foundation
import KTXHCore

/// Số liệu như văn bản viết: a figure in a line as written, "1.857,4", "51,05%", "475/700", with where it stands.
package struct WrittenFigure: Hashable {
    package var value: Decimal
    /// Digits after the decimal comma as written.
    package var decimals: Int
    package var isPercent: Bool
    /// "475/700": the whole the figure is out of.
    package var whole: Decimal?
    var text: String
    var range: Range<Int>

    /// Every figure of `chars`; dates ("31/5/2024") and document numbers ("228/TTr-UBND") are not figures.
    package static func scan(_ chars: [Character]) -> [WrittenFigure] {
        var figures: [WrittenFigure] = []
        var i = 0
        while i < chars.count {
            // "[^17]" is a footnote mark, not a figure.
            guard isDigit(chars, i),
                i == 0 || !(chars[i - 1].isLetter || isDigit(chars, i - 1) || chars[i - 1] == "/" || chars[i - 1] == "^")
            else {
                i += 1
                continue
            }
            let start = i
            var end = numberEnd(chars, from: i)
            guard let first = parse(chars, start..<end) else {
                i = end + 1
                continue
            }
            var figure = WrittenFigure(
                value: first.value, decimals: first.fractionDigits, isPercent: false, whole: nil, text: "",
                range: start..<end)
            var j = end
            while j < chars.count, chars[j] == " " { j += 1 }
            if j < chars.count, chars[j] == "/" {
                var k = j + 1
                while k < chars.count, chars[k] == " " { k += 1 }
                let wholeEnd = numberEnd(chars, from: k)
                // A second "/" makes a date; letters after "/" make a document number.
                if wholeEnd > k, let whole = parse(chars, k..<wholeEnd), !(wholeEnd < chars.count && chars[wholeEnd] == "/") {
                    figure.whole = whole.value
                    end = wholeEnd
                } else {
                    i = max(wholeEnd, k) + 1
                    continue
                }
            }
            var p = end
            while p < chars.count, chars[p] == " " { p += 1 }
            if p < chars.count, chars[p] == "%", figure.whole == nil {
                figure.isPercent = true
                end = p + 1
            }
            figure.range = start..<end
            figure.text = String(chars[start..<end])
            figures.append(figure)
            i = end
        }
        return figures
    }

    private static func isDigit(_ chars: [Character], _ i: Int) -> Bool {
        i >= 0 && i < chars.count && chars[i].isASCII && chars[i].isNumber
    }

    /// Past the digits, thousands dots and decimal comma of a number starting at `start`.
    static func numberEnd(_ chars: [Character], from start: Int) -> Int {
        var end = start
        while end < chars.count, isDigit(chars, end) || ((chars[end] == "." || chars[end] == ",") && isDigit(chars, end + 1)) {
            end += 1
        }
        return end
    }

    private static func parse(_ chars: [Character], _ range: Range<Int>) -> VietnameseNumber.ParsedNumber? {
        guard !range.isEmpty else { return nil }
        return try? VietnameseNumber.parse(String(chars[range]))
    }

    /// X/Y in percent.
    var ratio: Decimal? {
        guard let whole, whole != 0 else { return nil }
        return value / whole * 100
    }
}

/// How people round: a stated figure matches a computed one when it is the computed one rounded
/// half up, or cut, to the digits the person wrote.
package enum Rounding {
    package static func matches(stated: Decimal, decimals: Int, computed: Decimal) -> Bool {
        computed.rounded(decimals) == stated || computed.rounded(decimals, .down) == stated
    }

    /// Parts written rounded add up to their total within the rounding of each: 3.621,68 + 3.671,79 +
    /// 1.669,24 = 8.962,71 is the same as a stated 8.962,72. Whole counts (schools, communes) are exact.
    static func sumAgrees(total: Decimal, totalDecimals: Int, parts: [(value: Decimal, decimals: Int)]) -> Bool {
        let sum = parts.map(\.value).reduce(0, +)
        guard sum != total else { return true }
        let places = [totalDecimals] + parts.map(\.decimals)
        guard places.contains(where: { $0 > 0 }) else { return false }
        let slack = places.map { Decimal(sign: .plus, exponent: -$0, significand: 5) / 10 }.reduce(0, +)
        let difference = sum > total ? sum - total : total - sum
        return difference <= slack
    }

    /// The digits written after the decimal comma: "8.962,72" → 2.
    static func decimals(_ text: String) -> Int {
        guard let comma = text.lastIndex(of: ",") else { return 0 }
        return text[text.index(after: comma)...].prefix { $0.isNumber }.count
    }

    /// "79,37%": a computed percentage written the Vietnamese way, to two places.
    static func percent(_ value: Decimal) -> String {
        VietnameseNumber.formatPercent(value, fractionDigits: 2)
    }
}
