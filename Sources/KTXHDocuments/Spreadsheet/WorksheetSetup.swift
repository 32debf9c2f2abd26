import Foundation

/// What a sheet needs before its first row: name, column widths, frozen rows, printing.
public struct WorksheetSetup: Sendable {
    public var name: String
    /// Column widths in Excel's units (characters of the default font), left to right.
    public var columnWidths: [Double]
    /// Rows kept in view while scrolling (the title and the table header).
    public var frozenRows: Int
    /// Paper, orientation and margins when printed; always A4.
    public var page: PageSetup
    /// Print every column on one page's width, letting the rows run onto as many pages as they need.
    public var fitToWidth: Bool
    /// Rows repeated at the top of every printed page (the table header), 1-based.
    public var printTitleRows: ClosedRange<Int>?
    /// The printed footer, in Excel's header/footer codes (`&P` is the page number).
    public var footer: String?

    public init(
        name: String, columnWidths: [Double], frozenRows: Int = 0, page: PageSetup = .decreeLandscape,
        fitToWidth: Bool = true, printTitleRows: ClosedRange<Int>? = nil, footer: String? = "&CTrang &P"
    ) {
        self.name = name
        self.columnWidths = columnWidths
        self.frozenRows = frozenRows
        self.page = page
        self.fitToWidth = fitToWidth
        self.printTitleRows = printTitleRows
        self.footer = footer
    }

    /// Excel refuses sheet names longer than 31 characters or holding `[]:*?/\`.
    var safeName: String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingCharacters(in: .whitespaces)
        return String((cleaned.isEmpty ? "Sheet" : cleaned).prefix(31))
    }
}

/// Column letters and cell references: 1 → A, 27 → AA.
enum CellReference {
    static func column(_ index: Int) -> String {
        var name = ""
        var rest = index
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// `$A$1:$H$40`, absolute, as defined names write it.
    static func absoluteRange(rows: ClosedRange<Int>, columns: ClosedRange<Int>) -> String {
        "$\(column(columns.lowerBound))$\(rows.lowerBound):$\(column(columns.upperBound))$\(rows.upperBound)"
    }
}
