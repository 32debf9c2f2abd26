import Foundation

/// Ô: one cell's value and its style.
public struct Cell: Sendable {
    public enum Value: Sendable {
        case empty
        case text(String)
        /// Stored as a number, so a spreadsheet can add it up; shown through the style's number format.
        case number(Decimal)
    }

    public var value: Value
    public var style: StyleID?

    public init(_ value: Value, style: StyleID? = nil) {
        self.value = value
        self.style = style
    }

    public static func text(_ text: String, _ style: StyleID? = nil) -> Cell { Cell(.text(text), style: style) }
    public static func number(_ number: Decimal, _ style: StyleID? = nil) -> Cell { Cell(.number(number), style: style) }
    public static func empty(_ style: StyleID? = nil) -> Cell { Cell(.empty, style: style) }
}
