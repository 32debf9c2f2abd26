import Foundation
import SQLKit

/// Instants are stored as ISO 8601 text in UTC to the second, so they sort and compare as text on both
/// databases.
enum Timestamp {
    static func text(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    static func date(_ text: String?) -> Date? {
        text.flatMap { ISO8601DateFormatter().date(from: $0) }
    }

    static func decode(_ row: any SQLRow, _ column: String) throws -> Date? {
        date(try row.decode(column: column, as: String?.self))
    }
}
