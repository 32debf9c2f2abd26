import Foundation

/// The seeds, copied into Tests/Fixtures/seeds: the reference documents the tests reproduce.
public enum SeedFixture {
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/seeds")

    public static func text(_ number: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        guard let name = names.first(where: { $0.hasPrefix(number + "_") }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// One row of seed 001's "Biểu tiến độ thực hiện các chỉ tiêu nghị quyết 6 tháng đầu năm 2024".
    public struct ProgressRow: Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var number: String
        public var name: String
        public var plan: String
        public var value: String
        public var label: String

        public var description: String { "seed 001 line \(line), row \(number.isEmpty ? "-" : number) «\(name)»" }
    }

    /// Every indicator row of seed 001's progress table, read from the seed itself.
    public static func seed001ProgressRows() throws -> [ProgressRow] {
        let lines = try text("001").components(separatedBy: "\n")
        guard let header = lines.firstIndex(where: { $0.hasPrefix("STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2024") }) else {
            return []
        }
        var rows: [ProgressRow] = []
        for (offset, line) in lines.enumerated().dropFirst(header + 1) {
            let cells = line.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 6, !cells[0].hasPrefix("<b>"), !(cells[0].isEmpty && cells[1].isEmpty) else {
                continue
            }
            rows.append(
                ProgressRow(
                    line: offset + 1, number: cells[0], name: cells[1].hasPrefix("- ") ? String(cells[1].dropFirst(2)) : cells[1],
                    plan: cells[3], value: cells[4], label: cells[5]))
        }
        return rows
    }
}

extension SeedFixture {
    /// Seed 003's table of section I.1.3: the criteria each commune met in 2011 ("x"), read from the seed, by
    /// commune name ("Nông Thượng", "Dương Quang"), with the total line ("4/19").
    public static func seed003Baseline() throws -> [String: (met: [String], total: String)] {
        let lines = try text("003").components(separatedBy: "\n")
        guard let header = lines.firstIndex(where: { $0.hasPrefix("TT\tTiêu chí\tXã ") }) else { return [:] }
        let names = lines[header].components(separatedBy: "\t").dropFirst(2).map { $0.replacingOccurrences(of: "Xã ", with: "") }
        var result: [String: (met: [String], total: String)] = [:]
        for name in names { result[name] = ([], "") }
        for line in lines.dropFirst(header + 1) {
            let cells = line.components(separatedBy: "\t")
            guard cells.count >= 2 + names.count else { break }
            for (offset, name) in names.enumerated() {
                let cell = cells[2 + offset].trimmingCharacters(in: .whitespaces)
                if cells[1].contains("Tổng cộng") {
                    result[name]?.total = cell
                } else if cell.lowercased() == "x" {
                    result[name]?.met.append(cells[0])
                }
            }
        }
        return result
    }
}

extension SeedFixture {
    /// The rows of seed 003's "Biểu so sánh kết quả xây dựng nông thôn mới năm 2011 và đến năm 2020" (both copies
    /// the seed holds), by sub-indicator number ("2.3", or "5" for a criterion with one), each row as its cells.
    public static func seed003ComparisonRows() throws -> [String: [[String]]] {
        let lines = try text("003").components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("BIỂU SO SÁNH KẾT QUẢ") }) else { return [:] }
        var rows: [String: [[String]]] = [:]
        for line in lines.dropFirst(start) {
            let cells = line.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 8, let number = subIndicatorNumber(cells) else { continue }
            rows[number, default: []].append(cells)
        }
        return rows
    }

    /// "1.1" from `1  1.1.  …`, "6.1" from `6  6.1 Xã có …`, "5" from `5  Tỷ lệ trường học …`.
    static func subIndicatorNumber(_ cells: [String]) -> String? {
        let pattern = /^(\d+(?:\.\d+)?)\.?(?:\s|$)/
        for cell in cells.prefix(2) {
            if let match = cell.firstMatch(of: pattern), match.1.contains(".") { return String(match.1) }
        }
        if let match = cells[0].firstMatch(of: pattern) { return String(match.1) }
        return nil
    }
}
