import Foundation

/// Bảng số liệu tổng hợp cho đo hiệu năng: the table `ktxh bench xlsx` writes — every commune-level unit of
/// the country after 1 July 2025 (3,321) times 60 indicators, about 200,000 rows of nine cells.
///
/// The cells are a pure function of the row number, so `scripts/bench_xlsx.py` writes exactly the same ones
/// with XlsxWriter for the comparison.
public enum SyntheticSheet {
    public static let units = 3_321
    public static let indicators = 60
    public static let header = [
        "Mã đơn vị", "Đơn vị", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "% KH", "Đánh giá",
    ]

    public struct Summary: Sendable {
        public var rows: Int
        public var cells: Int
        public var seconds: Double
        public var bytes: Int
    }

    /// Writes `rows` data rows (default: 3,321 × 60) under a header row, and reports the time taken.
    public static func write(rows: Int = units * indicators, to url: URL) throws -> Summary {
        let start = Date()
        let workbook = try Workbook(title: "Số liệu chỉ tiêu theo đơn vị")
        let whole = workbook.style(CellStyle(fontSize: 11, numberFormat: "#,##0"))
        let tenths = workbook.style(CellStyle(fontSize: 11, numberFormat: "#,##0.0"))
        let percent = workbook.style(CellStyle(fontSize: 11, numberFormat: "0.00"))
        let sheet = try workbook.addSheet(
            WorksheetSetup(
                name: "Số liệu", columnWidths: [10, 16, 11, 44, 11, 11, 11, 9, 11], frozenRows: 1, printTitleRows: 1...1))
        try sheet.append(header.map { .text($0) })
        // Names are made once per unit and per indicator, as a real export reads them from the catalogue.
        let unitNames = (0..<max(1, (rows + indicators - 1) / indicators)).map { unitRow($0) }
        let indicatorNames = (0..<indicators).map { indicatorRow($0) }
        for row in 0..<rows {
            let unit = unitNames[row / indicators]
            let indicator = indicatorNames[row % indicators]
            let figures = self.figures(row)
            try sheet.append([
                .text(unit.code), .text(unit.name), .text(indicator.code), .text(indicator.name), .text(indicator.unit),
                .number(figures.plan, whole), .number(figures.actual, tenths), .number(figures.percent, percent),
                .text(figures.actual >= figures.plan ? "Đạt" : "Chưa đạt"),
            ])
        }
        try workbook.write(to: url)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        return Summary(rows: rows, cells: (rows + 1) * header.count, seconds: Date().timeIntervalSince(start), bytes: bytes)
    }

    static func unitRow(_ index: Int) -> (code: String, name: String) {
        let number = String(index + 1)
        return (String(repeating: "0", count: max(0, 5 - number.count)) + number, "Xã số \(index + 1)")
    }

    static func indicatorRow(_ index: Int) -> (code: String, name: String, unit: String) {
        ("CT\(index + 1)", "Chỉ tiêu phát triển kinh tế - xã hội số \(index + 1)", index % 2 == 0 ? "%" : "Tỷ đồng")
    }

    /// Kế hoạch 1.000-1.059, thực hiện in tenths from 0 to 1.299,9, % KH to two places, by integer arithmetic
    /// that Python reproduces exactly.
    static func figures(_ row: Int) -> (plan: Decimal, actual: Decimal, percent: Decimal) {
        let plan = 1_000 + row % indicators
        let tenths = (row * 7) % 13_000
        let hundredths = tenths * 1_000 / plan
        return (
            Decimal(plan), Decimal(sign: .plus, exponent: -1, significand: Decimal(tenths)),
            Decimal(sign: .plus, exponent: -2, significand: Decimal(hundredths))
        )
    }
}
