import KTXHCore
import KTXHReading

/// Reads the successor table in the shipped format: `new_code,new_name,old_code,old_name,share`, share being
/// `whole`, `part`, or `part:0.4` (a divided unit with its area or population share).
public enum SuccessionList {
    public static func read(_ text: String, file: String, effectiveOn: CalendarDay) throws(ImportErrors)
        -> [AdminUnitSuccession]
    {
        var rows: [AdminUnitSuccession] = []
        var errors: [ImportError] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            guard !line.isEmpty else { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, !fields[0].isEmpty, !fields[2].isEmpty else {
                errors.append(ImportError(file: file, line: offset + 1, value: line, reason: "Dòng không đủ 5 cột"))
                continue
            }
            guard let share = AdminUnitSuccession.Share(code: fields[4]) else {
                errors.append(
                    ImportError(
                        file: file, line: offset + 1, field: "share", value: fields[4],
                        reason: "Phải là whole, part hoặc part:tỷ lệ (0 < tỷ lệ ≤ 1)"))
                continue
            }
            rows.append(
                AdminUnitSuccession(
                    newCode: fields[0], newName: TextNormalization.nfc(fields[1]), oldCode: fields[2],
                    oldName: TextNormalization.nfc(fields[3]), share: share, effectiveOn: effectiveOn))
        }
        if !errors.isEmpty { throw ImportErrors(errors) }
        return rows
    }
}
