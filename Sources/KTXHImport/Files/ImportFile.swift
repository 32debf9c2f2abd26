import Foundation
import KTXHReading

/// A file a user hands to `ktxh import`, recognised by its content (not by its name) and read into
/// table records and text, or refused with a Vietnamese message that says why.
public struct ImportFile: Sendable {
    public enum Kind: String, Sendable, Codable {
        /// A Word document, read as its text (`DocxText`): paragraphs as lines, table rows as tab-separated cells.
        case text, csv, xlsx, docx
    }

    public var name: String
    public var kind: Kind
    /// The file's text (empty for a workbook).
    public var text: String
    /// One record set for a text or CSV file, one per sheet for a workbook.
    public var tables: [TSV]

    /// Text files past this size are refused before they are read.
    public static let maximumTextBytes = 20 * 1024 * 1024

    public static func read(_ url: URL, name: String? = nil, limits: XLSXReader.Limits = XLSXReader.Limits()) throws
        -> ImportFile
    {
        let name = name ?? url.lastPathComponent
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        guard let size = attributes?[.size] as? Int else {
            throw ImportError(file: name, reason: "Không đọc được tệp")
        }
        let head = try FileHandle(forReadingFrom: url).read(upToCount: 8) ?? Data()
        let claimsWorkbook = ["xlsx", "xlsm"].contains(url.pathExtension.lowercased())
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]), DocxText.isWordDocument(url) {
            guard size <= maximumTextBytes else { throw tooLarge(name, size) }
            do {
                let text = try DocxText.text(of: try Data(contentsOf: url))
                return ImportFile(name: name, kind: .docx, text: text, tables: [TSV(text)])
            } catch let error as DocxText.Unreadable {
                throw ImportError(file: name, reason: error.description)
            }
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return ImportFile(
                name: name, kind: .xlsx, text: "", tables: try XLSXReader.sheets(at: url, file: name, limits: limits))
        }
        if claimsWorkbook || head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            let what =
                head.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
                ? "tệp Excel đời cũ (.xls); hãy lưu lại thành .xlsx" : "không phải là tệp Excel (XLSX) hợp lệ"
            throw ImportError(file: name, reason: "Tệp \(what)")
        }
        guard size <= maximumTextBytes else { throw tooLarge(name, size) }
        let text = try TextDecoding.decode(try Data(contentsOf: url), file: name)
        let isCSV = ["csv"].contains(url.pathExtension.lowercased())
        return ImportFile(
            name: name, kind: isCSV ? .csv : .text, text: text, tables: [isCSV ? CSVReader.records(text) : TSV(text)])
    }

    static func tooLarge(_ name: String, _ size: Int) -> ImportError {
        ImportError(
            file: name, value: "\(size / 1_048_576) MB", reason: "Tệp văn bản quá lớn (tối đa \(maximumTextBytes / 1_048_576) MB)"
        )
    }

    /// The text the consistency check reads: the file's own, or a workbook's first sheet as tab-separated
    /// lines at their row numbers, so that a finding's line is the sheet's row.
    public var checkedText: String {
        guard kind == .xlsx else { return text }
        guard let sheet = tables.first(where: { !$0.records.isEmpty }) else { return "" }
        var lines = Array(repeating: "", count: sheet.records.map(\.line).max() ?? 0)
        for record in sheet.records where record.line >= 1 {
            lines[record.line - 1] = record.fields.joined(separator: "\t")
        }
        return lines.joined(separator: "\n")
    }
}
