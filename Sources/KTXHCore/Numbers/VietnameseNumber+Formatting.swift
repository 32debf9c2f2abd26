import Foundation

extension VietnameseNumber {
    /// How many fraction digits `format` keeps when the caller does not say: enough for every
    /// figure in the seeds (rates to two places, production to one) with room for a ratio.
    public static let defaultMaximumFractionDigits = 4

    /// Writes a figure the Vietnamese way: `1.857,4`, `338.300`, `-12,5`.
    ///
    /// - Parameters:
    ///   - fractionDigits: `nil` writes as many digits as the value needs, at most
    ///     `defaultMaximumFractionDigits`, without trailing zeros; a number writes exactly that many.
    ///     Either way rounding is half away from zero (`.plain`), the rule of school arithmetic and
    ///     of Excel's ROUND, so a figure matches the spreadsheet it came from.
    ///   - leadingZero: writes whole numbers 1 to 9 as `01` … `09`, the way the seeds write small
    ///     counts. Zero stays `0`, as the seeds write it ("Tăng trường … 0").
    public static func format(_ value: Decimal, fractionDigits: Int? = nil, leadingZero: Bool = false) -> String {
        if let fractionDigits {
            let digits = max(0, fractionDigits)
            return render(value, minimumFractionDigits: digits, maximumFractionDigits: digits, leadingZero: leadingZero)
        }
        return render(
            value, minimumFractionDigits: 0, maximumFractionDigits: defaultMaximumFractionDigits, leadingZero: leadingZero)
    }

    /// Writes a percentage: `51,05%`, `49,5%`, `100%`. The value is already in percent (51.05, not
    /// 0.5105). It is rounded to `fractionDigits` and trailing zeros are dropped, because the seeds
    /// write `100%` and `49,5%`, never `100,00%`.
    public static func formatPercent(_ value: Decimal, fractionDigits: Int = 2, leadingZero: Bool = false) -> String {
        render(value, minimumFractionDigits: 0, maximumFractionDigits: max(0, fractionDigits), leadingZero: leadingZero) + "%"
    }

    private static func render(
        _ value: Decimal,
        minimumFractionDigits: Int,
        maximumFractionDigits: Int,
        leadingZero: Bool
    ) -> String {
        // A figure that is not a number has no Vietnamese spelling; a dash is what the tables
        // put in a cell that has no figure.
        guard !value.isNaN else { return "—" }

        let rounded = value.rounded(maximumFractionDigits)

        // `Decimal.description` is locale-independent: digits, an optional "-" and "." as the
        // decimal point, never an exponent.
        var text = Substring(rounded.description)
        let isNegative = text.hasPrefix("-")
        if isNegative { text = text.dropFirst() }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerDigits = Array(parts.first ?? "0")
        var fraction = Array(parts.count > 1 ? parts[1] : "")

        if fraction.count > maximumFractionDigits { fraction.removeLast(fraction.count - maximumFractionDigits) }
        while fraction.count > minimumFractionDigits, fraction.last == "0" { fraction.removeLast() }
        while fraction.count < minimumFractionDigits { fraction.append("0") }

        var integer = grouped(integerDigits)
        if leadingZero, fraction.isEmpty, integerDigits.count == 1, integerDigits != ["0"] {
            integer = "0" + integer
        }

        let isZero = integerDigits.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        let sign = isNegative && !isZero ? "-" : ""
        return fraction.isEmpty ? sign + integer : sign + integer + "," + String(fraction)
    }

    private static func grouped(_ digits: [Character]) -> String {
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return result.isEmpty ? "0" : result
    }
}
