import Foundation

extension Decimal {
    /// Rounded half away from zero to `places` decimals (negative: to tens, hundreds …), as reports round.
    public func rounded(_ places: Int, _ mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, places, mode)
        return output
    }
}
