import KTXHCore
import KTXHReading

/// Reads the administrative-unit lists in the shipped format: `code,name,division_type,parent_code`
/// with optional `valid_from,valid_to` (YYYY-MM-DD).
public enum AdminUnitList {
    public static func read(_ text: String, file: String) throws(ImportErrors) -> [AdminUnit] {
        var units: [AdminUnit] = []
        var errors: [ImportError] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            guard !line.isEmpty else { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, !fields[0].isEmpty, !fields[1].isEmpty else {
                errors.append(ImportError(file: file, line: offset + 1, value: line, reason: "Dòng không đủ 4 cột"))
                continue
            }
            func day(_ index: Int) -> CalendarDay? {
                index < fields.count ? CalendarDay(fields[index]) : nil
            }
            units.append(
                AdminUnit(
                    code: fields[0], name: TextNormalization.nfc(fields[1]), kindName: fields[2],
                    parentCode: fields[3].isEmpty ? nil : fields[3], validFrom: day(4), validTo: day(5)))
        }
        if !errors.isEmpty { throw ImportErrors(errors) }
        return units
    }
}
