import KTXHReading

/// CSV as spreadsheets save it: UTF-8 with or without BOM, comma or semicolon (guessed from the header
/// line), fields in double quotes with "" for a quote, line breaks inside quotes.
public enum CSVReader {
    public static func records(_ text: String) -> TSV {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let delimiter = guessDelimiter(body.prefix { $0 != "\n" })
        var records: [TSV.Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var iterator = body.makeIterator()
        var pending: Character?
        func endRecord() {
            fields.append(field)
            field = ""
            let cleaned = fields.map(TSV.clean)
            if cleaned.contains(where: { !$0.isEmpty }) { records.append(TSV.Record(line: recordLine, fields: cleaned)) }
            fields = []
        }
        while let c = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: inQuotes = true
            case delimiter: fields.append(field); field = ""
            case "\n", "\r\n":
                endRecord()
                line += 1
                recordLine = line
            case "\r": continue
            default: field.append(c)
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return TSV(records: records)
    }

    /// Semicolons are what Excel writes where the comma is the decimal mark, as in Vietnamese.
    static func guessDelimiter(_ header: Substring) -> Character {
        var commas = 0
        var semicolons = 0
        var tabs = 0
        var inQuotes = false
        for c in header {
            if c == "\"" { inQuotes.toggle() }
            guard !inQuotes else { continue }
            if c == "," { commas += 1 } else if c == ";" { semicolons += 1 } else if c == "\t" { tabs += 1 }
        }
        if tabs > max(commas, semicolons) { return "\t" }
        return semicolons >= commas && semicolons > 0 ? ";" : ","
    }
}
