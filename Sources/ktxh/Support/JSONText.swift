import Foundation

/// JSON for scripts: sorted keys, UTF-8 text unescaped, decimals as plain JSON numbers.
enum JSONText {
    static func encode(_ object: Any) -> String {
        guard JSONSerialization.isValidJSONObject(object),
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// An `Encodable` value with sorted keys and readable Vietnamese.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A decimal rounded to `places`, as a JSON number token ("22.84"), or `null`.
    static func number(_ value: Decimal?, places: Int = 2) -> String {
        guard let value else { return "null" }
        return "\(value.rounded(places))"
    }

    /// A decimal as a JSON number ("1.63", "3945"), or null.
    static func decimal(_ value: Decimal?) -> Any {
        value.map { NSDecimalNumber(decimal: $0) } ?? NSNull()
    }
}
