import Foundation

/// Đồng hồ: where the current time comes from. The web app and the CLI each hold one and pass the time down;
/// nothing below them reads it, so a test fixes it.
public struct WallClock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// A clock that always reads `date`.
    public static func fixed(_ date: Date) -> WallClock { WallClock { date } }
}
