import Foundation

/// Numbers written the way Vietnamese administrative documents write them: `.` groups thousands,
/// `,` is the decimal mark (`1.857,4`, `51,05%`), small counts carry a leading zero (`02`).
///
/// A comma is always decimal, so `289,586` is 289.586 and never 289586: guessing from the digit
/// count would silently turn a rate into a count. A dot must be followed by exactly three digits,
/// which rejects English-style figures such as `1.5` instead of misreading them as 15.
public enum VietnameseNumber {
    /// Beyond this a `Decimal` mantissa could no longer hold the figure exactly; no figure in a
    /// plan comes near it.
    public static let maximumDigits = 30

    /// A figure together with how it was written, so that it can be written back the same way.
    public struct ParsedNumber: Hashable, Sendable {
        public var value: Decimal
        /// Digits after the decimal comma as written: "51,05" → 2, "02" → 0.
        public var fractionDigits: Int
        /// A trailing "%".
        public var isPercent: Bool
        /// An integer part written with a leading zero: "02", "08".
        public var hasLeadingZero: Bool

        public init(value: Decimal, fractionDigits: Int = 0, isPercent: Bool = false, hasLeadingZero: Bool = false) {
            self.value = value
            self.fractionDigits = fractionDigits
            self.isPercent = isPercent
            self.hasLeadingZero = hasLeadingZero
        }

        /// The figure written back as it was read: "02", "51,05%", "1.857,4".
        public var formatted: String {
            let number = VietnameseNumber.format(value, fractionDigits: fractionDigits, leadingZero: hasLeadingZero)
            return isPercent ? number + "%" : number
        }
    }

    public static func decimal(_ text: String) throws(NumberFormatError) -> Decimal {
        try parse(text).value
    }

    public static func parse(_ text: String) throws(NumberFormatError) -> ParsedNumber {
        func failure(_ reason: NumberFormatError.Reason) -> NumberFormatError {
            NumberFormatError(input: text, reason: reason)
        }

        var chars = Array(text)
        trimWhitespace(&chars)
        guard !chars.isEmpty else { throw failure(.empty) }

        // Ordered from the most to the least telling reason, so "1,5 ha" is blamed on the letters
        // rather than on the space.
        if chars.contains(where: { !isDigit($0) && !isSeparator($0) && !isSign($0) && $0 != "%" && !$0.isWhitespace }) {
            throw failure(.invalidCharacter)
        }

        var isPercent = false
        if chars.last == "%" {
            isPercent = true
            chars.removeLast()
            // Documents often put a space before the sign: "1,8 %".
            trimWhitespace(&chars)
        }
        if chars.contains("%") { throw failure(.misplacedPercent) }

        var isNegative = false
        if let first = chars.first, isSign(first) {
            isNegative = first != "+"
            chars.removeFirst()
        }
        if chars.contains(where: \.isWhitespace) { throw failure(.spaceInsideNumber) }
        if chars.contains(where: isSign) { throw failure(.misplacedSign) }
        guard chars.contains(where: isDigit) else { throw failure(.missingDigits) }

        if let first = chars.first, isSeparator(first) { throw failure(.leadingSeparator) }
        if let last = chars.last, isSeparator(last) { throw failure(.trailingSeparator) }
        for (a, b) in zip(chars, chars.dropFirst()) where isSeparator(a) && isSeparator(b) {
            throw failure(.consecutiveSeparators)
        }

        let commas = chars.indices.filter { chars[$0] == "," }
        if commas.count > 1 { throw failure(.multipleDecimalMarks) }
        let integerPart: ArraySlice<Character>
        let fractionPart: ArraySlice<Character>
        if let comma = commas.first {
            integerPart = chars[..<comma]
            fractionPart = chars[(comma + 1)...]
        } else {
            integerPart = chars[...]
            fractionPart = []
        }
        if fractionPart.contains(".") { throw failure(.groupSeparatorAfterDecimalMark) }

        let groups = integerPart.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard let head = groups.first, (1...3).contains(head.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { throw failure(.malformedGrouping) }
            if head.first == "0" { throw failure(.leadingZeroInGroupedNumber) }
        }

        let integerDigits = integerPart.filter(isDigit)
        guard integerDigits.count + fractionPart.count <= maximumDigits else { throw failure(.tooManyDigits) }

        var significand = Decimal(0)
        for digit in integerDigits + Array(fractionPart) {
            significand = significand * 10 + Decimal(digitValue(digit))
        }
        var value = Decimal(sign: .plus, exponent: -fractionPart.count, significand: significand)
        if isNegative && !value.isZero { value.negate() }

        return ParsedNumber(
            value: value,
            fractionDigits: fractionPart.count,
            isPercent: isPercent,
            hasLeadingZero: integerDigits.count > 1 && integerDigits.first == "0"
        )
    }

    // MARK: Character classes shared with the target-expression parser

    static func isDigit(_ c: Character) -> Bool {
        c.isASCII && c.isNumber
    }

    static func isSeparator(_ c: Character) -> Bool {
        c == "." || c == ","
    }

    /// U+2212 is what Word substitutes for a hyphen-minus in some fonts and templates.
    static func isSign(_ c: Character) -> Bool {
        c == "-" || c == "+" || c == "\u{2212}"
    }

    private static func digitValue(_ c: Character) -> Int {
        Int(c.asciiValue ?? 48) - 48
    }

    /// `Character.isWhitespace` covers U+00A0 and U+202F, which Word and Excel put around figures.
    private static func trimWhitespace(_ chars: inout [Character]) {
        while let last = chars.last, last.isWhitespace { chars.removeLast() }
        while let first = chars.first, first.isWhitespace { chars.removeFirst() }
    }
}
