import Foundation
import KTXHCore
import KTXHReading

/// The machine format other systems feed ktxh with (docs/import.md): CSV with the columns
/// `unit, indicator, period, kind, value, numerator, denominator, note`, a plain decimal point, one figure
/// per line. Read as a stream: each line becomes an `Observation` or an error naming the line and field.
public struct FigureCSV {
    public static let columns = ["unit", "indicator", "period", "kind", "value", "numerator", "denominator", "note"]

    let index: [String: Int]

    /// Recognises the header line; nil when the file is not in this format.
    public init?(header: String) {
        let names = Self.split(header).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        guard Self.columns.allSatisfy({ index[$0] != nil }) else { return nil }
        self.index = index
    }

    /// One line as a figure; `units` and `indicators` are the codes the database knows.
    public func observation(
        _ line: String, number: Int, file: String, units: Set<String>, indicators: Set<String>
    ) throws(ImportError) -> Observation? {
        let fields = Self.split(line)
        guard fields.contains(where: { !$0.isEmpty }) else { return nil }
        // Each field trimmed once: a million lines are read twice (checked, then saved).
        let values = Self.columns.map { name in
            index[name].flatMap { $0 < fields.count ? Self.trimmed(fields[$0]) : nil } ?? ""
        }
        func field(_ name: String) -> String {
            Self.columns.firstIndex(of: name).map { values[$0] } ?? ""
        }
        func fail(_ name: String, _ reason: String) -> ImportError {
            ImportError(file: file, line: number, field: name, value: field(name), reason: reason)
        }
        guard units.contains(field("unit")) else { throw fail("unit", "Mã đơn vị hành chính không có trong cơ sở dữ liệu") }
        guard indicators.contains(field("indicator")) else { throw fail("indicator", "Mã chỉ tiêu không có trong danh mục") }
        guard let period = Period(field("period")) else { throw fail("period", "Kỳ không hợp lệ (ví dụ 2024-H1, 2024)") }
        guard let kind = Observation.Kind(rawValue: field("kind")) else {
            throw fail("kind", "Chỉ nhận «actual» hoặc «estimate»")
        }
        let value: Observation.Value
        switch (field("value").isEmpty, field("numerator").isEmpty, field("denominator").isEmpty) {
        case (false, true, true):
            value = .number(
                try Self.decimal(
                    field("value"), fail("value", "Số không hợp lệ: định dạng máy dùng dấu chấm thập phân, không phân nhóm nghìn")
                ))
        case (true, false, false):
            let numerator = try Self.decimal(field("numerator"), fail("numerator", "Tử số không hợp lệ"))
            let denominator = try Self.decimal(field("denominator"), fail("denominator", "Mẫu số không hợp lệ"))
            guard denominator != 0 else { throw fail("denominator", "Mẫu số bằng 0") }
            value = .ratio(numerator: numerator, denominator: denominator)
        default:
            throw fail("value", "Cần hoặc «value», hoặc cả «numerator» và «denominator»")
        }
        let note = field("note")
        return Observation(
            indicatorCode: field("indicator"), unitCode: field("unit"), period: period, value: value, kind: kind,
            source: note.isEmpty ? "\(file), dòng \(number)" : note)
    }

    /// "1889.5", "-3", "0.25": digits with an optional point; anything else (1,889.5, 1.889,5) is refused.
    static func decimal(_ text: String, _ error: ImportError) throws(ImportError) -> Decimal {
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let value = Decimal(string: text, locale: Self.posix)
        else { throw error }
        return value
    }

    static let posix = Locale(identifier: "en_US_POSIX")

    /// Without the spaces around it; most fields have none.
    static func trimmed(_ text: String) -> String {
        guard text.first == " " || text.last == " " || text.first == "\t" || text.last == "\t" else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Comma-separated fields with double-quoted fields for a note that holds commas.
    static func split(_ line: String) -> [String] {
        guard line.contains("\"") else { return line.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\"" {
                if inQuotes && i + 1 < chars.count && chars[i + 1] == "\"" {
                    field.append("\"")
                    i += 1
                } else {
                    inQuotes.toggle()
                }
            } else if c == "," && !inQuotes {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
            i += 1
        }
        fields.append(field)
        return fields
    }
}
