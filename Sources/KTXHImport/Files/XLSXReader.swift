import Foundation
import KTXHCore
import KTXHReading
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the sheets of an XLSX workbook as table records: shared strings, inline strings, numbers
/// (written back in Vietnamese format), percent formats, merged cells. Each sheet's XML is streamed from
/// the zip to a temporary file and parsed with a SAX parser, never held whole in memory, and a workbook
/// whose XML expands past `limits` is refused.
public enum XLSXReader {
    public struct Limits: Sendable {
        /// The most any one part may expand to.
        public var maximumPartBytes: UInt64 = 200 * 1024 * 1024
        /// The most all parts together may expand to.
        public var maximumTotalBytes: UInt64 = 400 * 1024 * 1024
        /// The most cells a worksheet may hold: plan and progress tables have thousands, a province's figures for a
        /// year a few hundred thousand; ten million is a hostile or a broken file.
        public var maximumCells = 3_000_000

        public init() {}

        public init(maximumPartBytes: UInt64, maximumTotalBytes: UInt64, maximumCells: Int = 3_000_000) {
            self.maximumPartBytes = maximumPartBytes
            self.maximumTotalBytes = maximumTotalBytes
            self.maximumCells = maximumCells
        }
    }

    public static func sheets(at url: URL, file: String, limits: Limits = Limits()) throws -> [TSV] {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ImportError(file: file, reason: "Tệp không phải là tệp Excel (XLSX) hợp lệ: không đọc được nén zip")
        }
        var budget = Budget(limits: limits, file: file)
        guard let workbookEntry = archive["xl/workbook.xml"] else {
            throw ImportError(file: file, reason: "Tệp nén không chứa bảng tính Excel (thiếu xl/workbook.xml)")
        }
        let workbook = try WorkbookParts.read(
            workbook: try data(workbookEntry, in: archive, budget: &budget),
            relationships: try archive["xl/_rels/workbook.xml.rels"].map { try data($0, in: archive, budget: &budget) },
            file: file)
        let sharedStrings =
            try archive["xl/sharedStrings.xml"].map {
                try SharedStringsParser.parse(try data($0, in: archive, budget: &budget))
            } ?? []
        let percentStyles =
            try archive["xl/styles.xml"].map {
                try StylesParser.percentStyles(try data($0, in: archive, budget: &budget))
            } ?? []
        var result: [TSV] = []
        for sheet in workbook.sheets {
            guard let entry = archive[sheet.path] else {
                throw ImportError(file: file, reason: "Thiếu trang tính «\(sheet.name)» trong tệp")
            }
            let temporary = FileManager.default.temporaryDirectory
                .appendingPathComponent("ktxh-sheet-\(UUID().uuidString).xml")
            defer { try? FileManager.default.removeItem(at: temporary) }
            try stream(entry, in: archive, to: temporary, budget: &budget)
            let records = try SheetParser.records(
                at: temporary, sharedStrings: sharedStrings, percentStyles: percentStyles, sheet: sheet.name, file: file,
                maximumCells: limits.maximumCells)
            result.append(TSV(records: records, sheet: sheet.name))
        }
        return result
    }

    /// Counts what a part expands to, so a zip bomb is stopped while it expands, not after.
    struct Budget {
        var limits: Limits
        var file: String
        var total: UInt64 = 0

        static func megabytes(_ bytes: UInt64) -> String {
            bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(bytes / 1024) KB"
        }

        mutating func consume(_ count: Int, part: inout UInt64, name: String) throws {
            part += UInt64(count)
            total += UInt64(count)
            if part > limits.maximumPartBytes || total > limits.maximumTotalBytes {
                throw ImportError(
                    file: file, value: name,
                    reason:
                        "Tệp Excel giải nén ra quá lớn (trên \(limits.maximumPartBytes / 1_048_576) MB), có thể là tệp hỏng hoặc độc hại"
                )
            }
        }
    }

    private static func data(_ entry: Entry, in archive: Archive, budget: inout Budget) throws -> Data {
        var data = Data()
        var part: UInt64 = 0
        try withZipErrors(budget.file) {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                try budget.consume(chunk.count, part: &part, name: entry.path)
                data.append(chunk)
            }
        }
        return data
    }

    private static func stream(_ entry: Entry, in archive: Archive, to url: URL, budget: inout Budget) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: url)
        else { throw ImportError(file: budget.file, reason: "Không tạo được tệp tạm để đọc trang tính") }
        defer { try? handle.close() }
        var part: UInt64 = 0
        try withZipErrors(budget.file) {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                try budget.consume(chunk.count, part: &part, name: entry.path)
                handle.write(chunk)
            }
        }
    }

    private static func withZipErrors(_ file: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(file: file, reason: "Tệp Excel bị hỏng: không giải nén được (\(error))")
        }
    }
}
