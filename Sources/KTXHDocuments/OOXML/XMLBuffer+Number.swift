import Foundation

extension XMLBuffer {
    /// A figure as an XML number (`1857.4`, `-0.05`), the way a spreadsheet reads it into a double.
    ///
    /// `Decimal.description` divides its 128-bit mantissa digit by digit and costs microseconds; at 600,000
    /// figures a sheet that is most of the writing time. A figure of at most 15 significant digits and a
    /// moderate exponent is instead turned into the nearest double with one correctly rounded operation
    /// (its integer significand is exact in a double, and so is the power of ten), and a double of 15
    /// digits prints back as the same digits. Anything else takes the slow, exact path.
    mutating func number(_ value: Decimal) {
        raw(Self.numberText(value))
    }

    static func numberText(_ value: Decimal) -> String {
        guard !value.isNaN else { return "0" }
        let exponent = value.exponent
        guard (-22...22).contains(exponent) else { return value.description }
        let significand = Double(truncating: value.significand as NSNumber)
        guard significand < 1e15 else { return value.description }
        var double = exponent < 0 ? significand / powersOfTen[-exponent] : significand * powersOfTen[exponent]
        if value.sign == .minus { double.negate() }
        guard abs(double) < 1e15 else { return value.description }
        var text = double.description
        if text.utf8.last == UInt8(ascii: "0"), text.utf8.dropLast().last == UInt8(ascii: ".") { text.removeLast(2) }
        // Doubles below 1e-4 print in scientific notation, which a reader may not take for a figure.
        return text.utf8.contains(UInt8(ascii: "e")) ? value.description : text
    }

    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }
}
