import Foundation

/// "D5" → row 5, column 3 (0-based).
package struct CellReference {
    package var row: Int
    package var column: Int

    package init?(_ text: String) {
        let letters = text.prefix { $0.isLetter }
        guard !letters.isEmpty, let row = Int(text.dropFirst(letters.count)) else { return nil }
        var column = 0
        for scalar in letters.uppercased().unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { return nil }
            column = column * 26 + Int(scalar.value - 64)
        }
        self.row = row
        self.column = column - 1
    }

    package static func range(_ text: String) -> (rows: ClosedRange<Int>, columns: ClosedRange<Int>)? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let a = CellReference(String(parts[0])), let b = CellReference(String(parts[1])),
            a.row <= b.row, a.column <= b.column
        else { return nil }
        return (a.row...b.row, a.column...b.column)
    }

    /// The column's letters, for error messages that name a cell: 3 → "D".
    static func letters(_ column: Int) -> String {
        var n = column + 1
        var result = ""
        while n > 0 {
            let r = (n - 1) % 26
            result = String(UnicodeScalar(UInt8(65 + r))) + result
            n = (n - 1) / 26
        }
        return result
    }
}
