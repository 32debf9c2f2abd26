import Foundation
import Testing

@testable import KTXHCore

private func dec(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}

@Suite("VietnameseNumber")
struct VietnameseNumberTests {
    struct Accepted: Sendable, CustomTestStringConvertible {
        var text: String
        var value: String
        var fractionDigits: Int = 0
        var isPercent = false
        var hasLeadingZero = false
        var testDescription: String { "«\(text)»" }
    }

    @Test(arguments: [
        Accepted(text: "1.889", value: "1889"),
        Accepted(text: "3.945", value: "3945"),
        Accepted(text: "51,05", value: "51.05", fractionDigits: 2),
        Accepted(text: "1.857,4", value: "1857.4", fractionDigits: 1),
        Accepted(text: "12.789,8", value: "12789.8", fractionDigits: 1),
        Accepted(text: "0,95%", value: "0.95", fractionDigits: 2, isPercent: true),
        Accepted(text: "02", value: "2", hasLeadingZero: true),
        Accepted(text: "08", value: "8", hasLeadingZero: true),
        Accepted(text: "338.300", value: "338300"),
        Accepted(text: "125.000", value: "125000"),
        Accepted(text: "289,586", value: "289.586", fractionDigits: 3),
        Accepted(text: "1.234.567,891", value: "1234567.891", fractionDigits: 3),
        Accepted(text: "12789", value: "12789"),
        Accepted(text: "0", value: "0"),
        Accepted(text: "1,8 %", value: "1.8", fractionDigits: 1, isPercent: true),
        Accepted(text: "  346\t", value: "346"),
        Accepted(text: "\u{00A0}65,5\u{00A0}", value: "65.5", fractionDigits: 1),
        Accepted(text: "\u{202F}1.600\u{202F}%", value: "1600", isPercent: true),
        Accepted(text: "-12,5", value: "-12.5", fractionDigits: 1),
        Accepted(text: "+7", value: "7"),
        Accepted(text: "\u{2212}0,5%", value: "-0.5", fractionDigits: 1, isPercent: true),
        Accepted(text: "-0", value: "0"),
        Accepted(text: "100,00", value: "100", fractionDigits: 2),
    ])
    func accepts(_ example: Accepted) throws {
        let parsed = try VietnameseNumber.parse(example.text)
        #expect(parsed.value == dec(example.value))
        #expect(parsed.fractionDigits == example.fractionDigits)
        #expect(parsed.isPercent == example.isPercent)
        #expect(parsed.hasLeadingZero == example.hasLeadingZero)
        #expect(try VietnameseNumber.decimal(example.text) == dec(example.value))
    }

    struct Rejected: Sendable, CustomTestStringConvertible {
        var text: String
        var reason: NumberFormatError.Reason
        var testDescription: String { "«\(text)» → \(reason)" }
    }

    @Test(arguments: [
        Rejected(text: "1,889.5", reason: .groupSeparatorAfterDecimalMark),
        Rejected(text: "1..2", reason: .consecutiveSeparators),
        Rejected(text: "1.,2", reason: .consecutiveSeparators),
        Rejected(text: "12,3,4", reason: .multipleDecimalMarks),
        Rejected(text: "1.5", reason: .malformedGrouping),
        Rejected(text: "1.88", reason: .malformedGrouping),
        Rejected(text: "1.8889", reason: .malformedGrouping),
        Rejected(text: "1234.567", reason: .malformedGrouping),
        Rejected(text: "0.500", reason: .leadingZeroInGroupedNumber),
        Rejected(text: ".5", reason: .leadingSeparator),
        Rejected(text: ",5", reason: .leadingSeparator),
        Rejected(text: "5.", reason: .trailingSeparator),
        Rejected(text: "5,", reason: .trailingSeparator),
        Rejected(text: "", reason: .empty),
        Rejected(text: " \u{00A0} ", reason: .empty),
        Rejected(text: "abc", reason: .invalidCharacter),
        Rejected(text: "12 tỷ", reason: .invalidCharacter),
        Rejected(text: "≥4.000", reason: .invalidCharacter),
        Rejected(text: "1 889", reason: .spaceInsideNumber),
        Rejected(text: "1\u{00A0}889", reason: .spaceInsideNumber),
        Rejected(text: "- 5", reason: .spaceInsideNumber),
        Rejected(text: "5-", reason: .misplacedSign),
        Rejected(text: "--5", reason: .misplacedSign),
        Rejected(text: "%5", reason: .misplacedPercent),
        Rejected(text: "5%%", reason: .misplacedPercent),
        Rejected(text: "%", reason: .missingDigits),
        Rejected(text: "-", reason: .missingDigits),
        Rejected(text: String(repeating: "9", count: 31), reason: .tooManyDigits),
    ])
    func rejects(_ example: Rejected) {
        #expect {
            _ = try VietnameseNumber.parse(example.text)
        } throws: { error in
            guard let error = error as? NumberFormatError else { return false }
            return error.reason == example.reason
                && error.input == example.text
                && error.message.contains("«\(example.text)»")
                && error.localizedDescription == error.message
                && error.description == error.message
        }
    }

    @Test func messageReadsAsVietnamese() {
        let error = NumberFormatError(input: "1,889.5", reason: .groupSeparatorAfterDecimalMark)
        #expect(
            error.message
                == "Số «1,889.5» không hợp lệ: dấu chấm phân nhóm hàng nghìn không được đứng sau dấu phẩy thập phân.")
    }

    struct Formatted: Sendable, CustomTestStringConvertible {
        var value: String
        var fractionDigits: Int?
        var leadingZero = false
        var expected: String
        var testDescription: String { "\(value) → «\(expected)»" }
    }

    @Test(arguments: [
        Formatted(value: "1889", expected: "1.889"),
        Formatted(value: "338300", expected: "338.300"),
        Formatted(value: "1234567.891", expected: "1.234.567,891"),
        Formatted(value: "51.05", expected: "51,05"),
        Formatted(value: "1857.4", expected: "1.857,4"),
        Formatted(value: "0.95", expected: "0,95"),
        Formatted(value: "100", expected: "100"),
        Formatted(value: "999", expected: "999"),
        Formatted(value: "1000", expected: "1.000"),
        Formatted(value: "-1857.4", expected: "-1.857,4"),
        Formatted(value: "1.23456", expected: "1,2346"),
        Formatted(value: "1.00005", expected: "1,0001"),
        Formatted(value: "-1.00005", expected: "-1,0001"),
        Formatted(value: "-0.00001", expected: "0"),
        Formatted(value: "2.5", fractionDigits: 0, expected: "3"),
        Formatted(value: "-2.5", fractionDigits: 0, expected: "-3"),
        Formatted(value: "51.045", fractionDigits: 2, expected: "51,05"),
        Formatted(value: "100", fractionDigits: 2, expected: "100,00"),
        Formatted(value: "1857.4", fractionDigits: 1, expected: "1.857,4"),
        Formatted(value: "0.04", fractionDigits: 1, expected: "0,0"),
        Formatted(value: "7", fractionDigits: -1, expected: "7"),
        Formatted(value: "2", leadingZero: true, expected: "02"),
        Formatted(value: "8", leadingZero: true, expected: "08"),
        Formatted(value: "-2", leadingZero: true, expected: "-02"),
        Formatted(value: "0", leadingZero: true, expected: "0"),
        Formatted(value: "12", leadingZero: true, expected: "12"),
        Formatted(value: "2.5", leadingZero: true, expected: "2,5"),
    ])
    func formats(_ example: Formatted) {
        let text = VietnameseNumber.format(
            dec(example.value), fractionDigits: example.fractionDigits, leadingZero: example.leadingZero)
        #expect(text == example.expected)
    }

    @Test func formatsPercentages() {
        #expect(VietnameseNumber.formatPercent(dec("22.84")) == "22,84%")
        #expect(VietnameseNumber.formatPercent(dec("100")) == "100%")
        #expect(VietnameseNumber.formatPercent(dec("67.85")) == "67,85%")
        #expect(VietnameseNumber.formatPercent(dec("49.5")) == "49,5%")
        #expect(VietnameseNumber.formatPercent(dec("51.0549")) == "51,05%")
        #expect(VietnameseNumber.formatPercent(dec("49.395")) == "49,4%")
        #expect(VietnameseNumber.formatPercent(dec("113.6364"), fractionDigits: 1) == "113,6%")
        #expect(VietnameseNumber.formatPercent(dec("8"), leadingZero: true) == "08%")
        #expect(VietnameseNumber.format(.nan) == "—")
    }

    @Test(arguments: [
        "1.889", "3.945", "51,05", "1.857,4", "12.789,8", "0,95%", "02", "08%", "338.300", "125.000",
        "289,586", "100,00", "-1.857,4", "0", "1.000.000", "65,5",
    ])
    func canonicalTextSurvivesARoundTrip(_ text: String) throws {
        let parsed = try VietnameseNumber.parse(text)
        #expect(parsed.formatted == text)
    }

    @Test func formattedValuesParseBackExactly() throws {
        var generator = SeededGenerator(seed: 0x6B74_7868)
        for _ in 0..<1_000 {
            let value = generator.nextDecimal()
            let text = VietnameseNumber.format(value)
            let parsed = try VietnameseNumber.parse(text)
            #expect(parsed.value == value, "«\(text)» là \(parsed.value), phải là \(value)")
        }
    }
}

extension SeededGenerator {
    /// Magnitudes spread evenly over 0…10^12 by digit count, 0-4 fraction digits, a third negative.
    mutating func nextDecimal() -> Decimal {
        let integerDigits = Int.random(in: 0...12, using: &self)
        let integer = integerDigits == 0 ? 0 : UInt64.random(in: 0..<pow10(integerDigits), using: &self)
        let fractionDigits = Int.random(in: 0...4, using: &self)
        let fraction = fractionDigits == 0 ? 0 : UInt64.random(in: 0..<pow10(fractionDigits), using: &self)
        let significand = Decimal(integer) * Decimal(pow10(fractionDigits)) + Decimal(fraction)
        var value = Decimal(sign: .plus, exponent: -fractionDigits, significand: significand)
        if Int.random(in: 0..<3, using: &self) == 0, !value.isZero { value.negate() }
        return value
    }

    private func pow10(_ n: Int) -> UInt64 {
        (0..<n).reduce(1) { product, _ in product * 10 }
    }
}
