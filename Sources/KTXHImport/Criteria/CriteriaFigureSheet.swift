import KTXHCore
import KTXHReading

/// Reads a unit's criteria figures, one per line: `unit  year  indicator  value  text`, tab-separated.
///
/// `value` is the figure in machine form: `Đạt`/`Có`, `Không`/`Chưa đạt`, `-` (không áp dụng), `X/Y`, a
/// Vietnamese number with or without `%`. `text` is the cell as the document writes it, kept as the figure's
/// source so that a stated figure contradicting its own fraction can be shown.
public enum CriteriaFigureSheet {
    public static func read(_ table: TSV, reportedBy: String?, file: String) throws(ImportErrors) -> [Observation] {
        var observations: [Observation] = []
        var errors: [ImportError] = []
        for record in table.records.dropFirst() {
            let (unit, yearText, code, valueText, text) = (record[0], record[1], record[2], record[3], record[4])
            guard !unit.isEmpty, let year = Int(yearText), !code.isEmpty else {
                errors.append(
                    ImportError(
                        file: file, line: record.line, value: record.fields.joined(separator: " "),
                        reason: "Thiếu đơn vị, năm hoặc mã chỉ tiêu"))
                continue
            }
            guard !valueText.isEmpty else { continue }
            guard let value = value(valueText) else {
                errors.append(
                    ImportError(file: file, line: record.line, field: "value", value: valueText, reason: "Giá trị không đọc được")
                )
                continue
            }
            observations.append(
                Observation(
                    indicatorCode: code, unitCode: unit, period: .year(year), value: value,
                    source: text.isEmpty ? nil : text, reportedBy: reportedBy))
        }
        if !errors.isEmpty { throw ImportErrors(errors) }
        return observations
    }

    /// The machine form of one figure; nil when it is none of the forms above.
    public static func value(_ text: String) -> Observation.Value? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch trimmed.lowercased() {
        case "đạt", "có": return .yesNo(true)
        case "không", "chưa đạt": return .yesNo(false)
        case "-": return .notApplicable
        default: break
        }
        let parts = trimmed.split(separator: "/")
        if parts.count == 2, let n = try? VietnameseNumber.decimal(String(parts[0])),
            let d = try? VietnameseNumber.decimal(String(parts[1])), d != 0
        {
            return .ratio(numerator: n, denominator: d)
        }
        return (try? VietnameseNumber.parse(trimmed)).map { .number($0.value) }
    }
}
