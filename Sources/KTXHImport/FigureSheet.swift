import KTXHCore
import KTXHReading

/// Figures taken from a report's text and footnotes, one per line:
/// `indicator, kind, value, numerator, denominator, cutoff, line, source` (tab-separated, Vietnamese numbers).
public enum FigureSheet {
    public static func read(
        _ tsv: TSV, unitCode: String, period: Period, catalogue: Catalogue, reportedBy: String?, file: String? = nil
    ) throws(ImportErrors) -> [Observation] {
        guard let head = tsv.records.first else { return [] }
        let index = Dictionary(head.fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let required = ["indicator", "kind", "value", "numerator", "denominator", "cutoff", "source"]
        let missing = required.filter { index[$0] == nil }
        guard missing.isEmpty else {
            throw ImportErrors([
                ImportError(file: file, line: head.line, reason: "Thiếu cột: \(missing.joined(separator: ", "))")
            ])
        }
        let codes = catalogue.byCode
        var observations: [Observation] = []
        var errors: [ImportError] = []
        for record in tsv.records.dropFirst() {
            func field(_ name: String) -> String { record[index[name]] }
            func fail(_ name: String, _ reason: String) {
                errors.append(ImportError(file: file, line: record.line, field: name, value: field(name), reason: reason))
            }
            guard let indicator = codes[field("indicator")] else {
                fail("indicator", "Mã chỉ tiêu không có trong danh mục")
                continue
            }
            guard let kind = Observation.Kind(rawValue: field("kind")) else {
                fail("kind", "Chỉ nhận «actual» hoặc «estimate»")
                continue
            }
            let cutoffText = field("cutoff")
            let cutoff = CalendarDay(cutoffText)
            if !cutoffText.isEmpty && cutoff == nil {
                fail("cutoff", "Ngày không hợp lệ")
                continue
            }
            let value: Observation.Value
            do {
                if !field("numerator").isEmpty || !field("denominator").isEmpty {
                    value = .ratio(
                        numerator: try VietnameseNumber.decimal(field("numerator")),
                        denominator: try VietnameseNumber.decimal(field("denominator")))
                } else {
                    value = try ObservedValue.parse(field("value"), indicator: indicator)
                }
            } catch {
                fail("value", error.message)
                continue
            }
            let line = field("line")
            let source = field("source")
            observations.append(
                Observation(
                    indicatorCode: indicator.code, unitCode: unitCode, period: period, value: value, kind: kind,
                    cutoff: cutoff, source: line.isEmpty ? source : "\(source) (dòng \(line))",
                    reportedBy: reportedBy))
        }
        if !errors.isEmpty { throw ImportErrors(errors) }
        return observations
    }
}
