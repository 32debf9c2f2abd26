import Foundation
import KTXHCore
import KTXHWorkflows

/// The CLI's one clock, read by every command that records or compares a time. `KTXH_NOW` (ISO 8601,
/// "2025-06-01T02:00:00Z") fixes it, so that a test knows which time a command recorded.
enum CLIClock {
    static let shared: WallClock = {
        if let text = ProcessInfo.processInfo.environment["KTXH_NOW"], let date = ISO8601DateFormatter().date(from: text) {
            return .fixed(date)
        }
        return .system
    }()

    static func now() -> Date { shared.now() }
}
