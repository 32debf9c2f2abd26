import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHTestSupport

/// The public corpus of tables (Tests/Fixtures/corpus/tables): progress and plan tables laid out as offices
/// lay them out, and the rows a person reads in each (`tables.tsv`). Format: Tests/Fixtures/corpus/README.md.
enum TableCorpus {
    static let directory = SeedFixture.directory.deletingLastPathComponent().appendingPathComponent("corpus/tables")

    /// One row a person reads: which table, the indicator as written, its unit, plan as written, and figures.
    struct Row: Sendable, CustomStringConvertible {
        var table: Int
        var indicator: String
        var unit: String
        var plan: String
        var actual: Decimal?
        var previous: Decimal?
        /// A year ("2021") when the row's figure is one column of a table with a column per year.
        var year: Int?

        var description: String {
            "bảng \(table) «\(indicator)» \(unit) | KH «\(plan)» | TH \(actual.map { "\($0)" } ?? "—")"
                + (previous.map { " | CK \($0)" } ?? "") + (year.map { " | năm \($0)" } ?? "")
        }
    }

    static func files() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["xlsx", "docx", "txt"].contains($0.pathExtension) && $0.lastPathComponent.hasPrefix("t-") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The expected rows by document id (the file name without its extension).
    static func expected() throws -> [String: [Row]] {
        let text = try String(contentsOf: directory.appendingPathComponent("tables.tsv"), encoding: .utf8)
        var result: [String: [Row]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard f.count >= 9 else { continue }
            let decimal = { (s: String) in s.isEmpty ? nil : Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) }
            result[f[0], default: []].append(
                Row(
                    table: Int(f[1]) ?? 1, indicator: f[3], unit: f[4], plan: f[5], actual: decimal(f[6]),
                    previous: decimal(f[7]), year: Int(f[8])))
        }
        return result
    }

    /// The file as `ktxh import` reads it: `ImportFile`, then every table of every sheet.
    static func tables(_ url: URL) throws -> [PlanTable] {
        let file = try ImportFile.read(url)
        return try file.tables.flatMap { try PlanTable.readAll($0, file: file.name) }
    }
}

/// How many expected rows a file's tables give exactly: name, unit, plan as written, figures as decimals.
struct TableScore: CustomStringConvertible {
    var files = 0
    var imported = 0
    var expected = 0
    var exact = 0
    var report: [String] = []

    var exactShare: Double { expected == 0 ? 0 : Double(exact) / Double(expected) }

    mutating func add(_ document: String, expected rows: [TableCorpus.Row], read tables: [PlanTable]) {
        files += 1
        imported += 1
        expected += rows.count
        var used = Set<String>()
        var misses: [String] = []
        for row in rows {
            let items = tables[safe: row.table - 1].map { table in table.items.enumerated().map { (table, $0, $1) } } ?? []
            let key = TextNormalization.matchKey(row.indicator)
            guard
                let (table, index, item) = items.first(where: {
                    TextNormalization.matchKey($0.2.name) == key && !used.contains("\(row.table).\($0.1).\(row.year ?? 0)")
                })
            else {
                misses.append("  missing \(row)")
                continue
            }
            used.insert("\(row.table).\(index).\(row.year ?? 0)")
            let actualText = row.year.map { year in Self.yearCell(item, year: year, in: table) } ?? item.value
            let read =
                "«\(item.unit)» | KH «\(item.plan)» | TH «\(actualText)»"
                + (item.previous.isEmpty ? "" : " | CK «\(item.previous)»")
            if TextNormalization.collapseSpaces(item.unit) == row.unit && item.plan == row.plan
                && Self.decimal(actualText) == row.actual && Self.decimal(item.previous) == row.previous
            {
                exact += 1
            } else {
                misses.append("  differs \(row)\n       read \(read)")
            }
        }
        report.append("\(document): \(rows.count - misses.count)/\(rows.count) exact, \(tables.count) table(s)")
        report += misses
    }

    mutating func failed(_ document: String, expected rows: [TableCorpus.Row], error: any Error) {
        files += 1
        expected += rows.count
        report.append("\(document): NOT IMPORTED (0/\(rows.count)): \(error)")
    }

    static func yearCell(_ item: PlanTable.Item, year: Int, in table: PlanTable) -> String {
        guard let position = table.series.firstIndex(where: { if case .year(year, _) = $0.kind { true } else { false } })
        else { return "" }
        return item.series[safe: position] ?? ""
    }

    static func decimal(_ text: String) -> Decimal? {
        text.isEmpty ? nil : try? VietnameseNumber.decimal(text)
    }

    var description: String {
        String(
            format: "%d files, %d imported; %d rows, %d exact (%.1f %%)", files, imported, expected, exact, exactShare * 100)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
