import Foundation

/// JSON for scripts and other systems (the CLI's `--json`, `/api/v1`): sorted keys, UTF-8 text unescaped, decimals
/// as plain JSON numbers.
public enum JSONText {
    public static func encode(_ object: Any) -> String {
        guard JSONSerialization.isValidJSONObject(object),
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// An `Encodable` value with sorted keys and readable Vietnamese.
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A decimal rounded to `places`, as a JSON number token ("22.84"), or `null`.
    public static func number(_ value: Decimal?, places: Int = 2) -> String {
        guard let value else { return "null" }
        return "\(value.rounded(places))"
    }

    /// A decimal as a JSON number ("1.63", "3945"), or null.
    public static func decimal(_ value: Decimal?) -> Any {
        value.map { NSDecimalNumber(decimal: $0) } ?? NSNull()
    }

    /// `value` with every `Decimal` inside it as a JSON number: what a `Sendable` payload carries across to
    /// `JSONSerialization`.
    public static func serializable(_ value: Any) -> Any {
        switch value {
        case let decimal as Decimal: NSDecimalNumber(decimal: decimal)
        case let optional as Decimal?: optional.map { NSDecimalNumber(decimal: $0) } ?? NSNull()
        case let dictionary as [String: Any]: dictionary.mapValues(serializable)
        case let array as [Any]: array.map(serializable)
        default: value
        }
    }
}
