import Foundation

/// The time every test records at: 2025-06-01 09:00 in Vietnam, a fixed instant so results repeat.
public enum TestClock {
    public static let now = Date(timeIntervalSince1970: 1_748_743_200)
}
