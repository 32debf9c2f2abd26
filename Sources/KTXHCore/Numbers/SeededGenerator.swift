/// SplitMix64: a small random generator that gives the same numbers from the same seed on every machine, for
/// synthetic data sets and for tests that must repeat (fuzzing, generated numbers).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// The finaliser: every bit of the input moves every bit of the output.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
