import Foundation

extension Indicator {
    /// The seeds write small whole figures with a leading zero (08 HTX, 02 thôn, "02 lần"); rates and zero
    /// they write as they are.
    public func writesLeadingZero(_ value: Decimal) -> Bool {
        guard kind != .rate, value >= 1, value < 10 else { return false }
        return value.rounded(0) == value
    }

    /// A figure of this indicator as the seeds write it: `1.889`, `72,4`, `08`, `81,18`.
    public func written(_ value: Decimal) -> String {
        VietnameseNumber.format(value, leadingZero: writesLeadingZero(value))
    }
}
