import Foundation
import KTXHCore
import KTXHReading
import KTXHTestSupport
import Testing
import ZIPFoundation

@testable import KTXHImport

/// Every reader of what people write, fed mutated real inputs for a bounded time: no crash, no hang. Longer by hand:
/// `KTXH_FUZZ_SECONDS=600 swift test --filter FuzzTests` (a new seed: `KTXH_FUZZ_SEED=N`). An input that finds
/// something is added to Tests/Fixtures/fuzz/NAME/, so every later run tries it first.
@Suite("Fuzzing the readers", .serialized)
struct FuzzTests {
    static var texts: [[UInt8]] {
        let seeds =
            (try? FileManager.default.contentsOfDirectory(at: SeedFixture.directory, includingPropertiesForKeys: nil))
            ?? []
        let corpus = (try? ProseCorpus.documents().prefix(30).compactMap { try ProseCorpus.text(of: $0) }) ?? []
        return seeds.compactMap { try? Data(contentsOf: $0) }.map { Array($0) } + corpus.map { Array($0.utf8) }
    }

    /// Short pieces of real text: lines with figures, for the grammars that read one phrase.
    static var phrases: [[UInt8]] {
        texts.prefix(6).flatMap { text in
            String(decoding: text, as: UTF8.self).split(separator: "\n").filter { $0.contains(where: \.isNumber) }.prefix(40)
                .map { Array($0.prefix(200).utf8) }
        }
    }

    @Test("Numbers written the Vietnamese way")
    func numbers() throws {
        let words = Self.phrases.flatMap { String(decoding: $0, as: UTF8.self).split(separator: " ") }
        try Fuzzer(name: "number", inputs: words.filter { $0.contains(where: \.isNumber) }.map { Array($0.utf8) }).run {
            _ = try? VietnameseNumber.parse(String(decoding: $0, as: UTF8.self))
        }
    }

    @Test("Targets as written (the engine's grammar)")
    func targets() throws {
        try Fuzzer(name: "target", inputs: Self.phrases).run { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            _ = TargetExpression.parse(text)
            _ = TargetExpression.parse(text, unit: "%", asChange: .decrease)
        }
    }

    @Test("Targets in a resolution's prose")
    func prose() throws {
        try Fuzzer(name: "prose", inputs: Self.texts, maximumBytes: 32_768).run {
            let text = String(decoding: $0, as: UTF8.self)
            _ = ResolutionText.extractTargets(text)
            _ = TaskText.extractTasks(text)
        }
    }

    @Test("The consistency check")
    func consistency() throws {
        try Fuzzer(name: "consistency", inputs: Self.texts, maximumBytes: 32_768).run {
            _ = ConsistencyCheck.findings(in: String(decoding: $0, as: UTF8.self))
        }
    }

    @Test("CSV and text files, as the importer reads them")
    func csv() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tables = try TableCorpus.files().filter { $0.pathExtension == "txt" }.map { Array(try Data(contentsOf: $0)) }
        var turn = 0
        try Fuzzer(name: "csv", inputs: tables + Self.texts.prefix(4)).run { bytes in
            turn += 1
            let url = folder.appendingPathComponent(turn % 2 == 0 ? "bang.csv" : "bang.txt")
            try Data(bytes).write(to: url)
            if let file = try? ImportFile.read(url) { _ = file.checkedText }
        }
    }

    @Test("XLSX workbooks: their sheet and shared strings mutated inside a real file")
    func xlsx() throws {
        try fuzzPart(name: "xlsx", files: try TableCorpus.files().filter { $0.pathExtension == "xlsx" }) { part in
            part.hasPrefix("xl/worksheets/") || part == "xl/sharedStrings.xml"
        }
    }

    @Test("DOCX documents: their body mutated inside a real file")
    func docx() throws {
        try fuzzPart(name: "docx", files: try TableCorpus.files().filter { $0.pathExtension == "docx" }) { part in
            part == "word/document.xml"
        }
    }

    /// Mutates one XML part of real Office files and reads the file rebuilt around it.
    func fuzzPart(name: String, files: [URL], _ chosen: (String) -> Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = try files.prefix(3).map(OfficeTemplate.init)
        let inputs = templates.flatMap { template in template.parts.filter { chosen($0.key) }.map { Array($0.value) } }
        var turn = 0
        try Fuzzer(name: name, inputs: inputs, maximumBytes: 262_144).run { bytes in
            turn += 1
            let template = templates[turn % templates.count]
            guard let part = template.parts.keys.sorted().first(where: chosen) else { return }
            let url = folder.appendingPathComponent("tep-\(turn).\(template.fileExtension)")
            try template.write(to: url, replacing: part, with: Data(bytes))
            if let file = try? ImportFile.read(url) { _ = file.checkedText }
            try? FileManager.default.removeItem(at: url)
        }
    }
}

/// A real Office file held in memory part by part, to be written again with one part changed.
struct OfficeTemplate {
    var parts: [String: Data]
    var fileExtension: String

    init(_ url: URL) throws {
        fileExtension = url.pathExtension
        parts = [:]
        let archive = try Archive(url: url, accessMode: .read)
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
            parts[entry.path] = data
        }
    }

    func write(to url: URL, replacing part: String, with data: Data) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, original) in parts.sorted(by: { $0.key < $1.key }) {
            let content = path == part ? data : original
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(content.count), compressionMethod: .deflate
            ) { position, size in
                content.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}

/// What fuzzing found, pinned.
@Suite("Found by fuzzing")
struct FoundByFuzzingTests {
    @Test(
        "A worksheet with a byte that is not UTF-8 is refused as damaged, never parsed; a long sheet's characters cut by a read are whole"
    )
    func utf8() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-utf8-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // "ế" is three bytes; placed so that a 1 MB read ends inside it.
        var whole = Data(repeating: 0x41, count: (1 << 20) - 1)
        whole.append(contentsOf: Array("ế Chỉ tiêu".utf8))
        let good = folder.appendingPathComponent("good.xml")
        try whole.write(to: good)
        #expect(UTF8Check.isValid(fileAt: good))
        whole[5] = 0xF2
        let bad = folder.appendingPathComponent("bad.xml")
        try whole.write(to: bad)
        #expect(!UTF8Check.isValid(fileAt: bad))
        #expect(!UTF8Check.isValid(Data([0x3C, 0x64, 0xF2, 0x3E])))
        #expect(UTF8Check.isValid(Data("<t>Tỷ lệ</t>".utf8)))
    }
}

/// Files made to hurt: each refused with a message, in bounded time and memory, the process alive.
@Suite("Hostile files", .serialized)
struct HostileFileTests {
    /// The process's peak resident memory so far, in megabytes.
    static var peakMegabytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    /// A workbook whose first sheet is `header`, `row` repeated `rows` times and `footer`, written as it streams: the
    /// sheet can be far larger than memory.
    static func workbook(at url: URL, header: String, row: String, rows: Int, footer: String) throws {
        let template = try OfficeTemplate(try #require(try TableCorpus.files().first { $0.pathExtension == "xlsx" }))
        let sheet = try #require(template.parts.keys.sorted().first { $0.hasPrefix("xl/worksheets/sheet") })
        let (head, body, tail) = (Array(header.utf8), Array(row.utf8), Array(footer.utf8))
        let size = head.count + body.count * rows + tail.count
        let archive = try Archive(url: url, accessMode: .create)
        for (path, original) in template.parts.sorted(by: { $0.key < $1.key }) where path != sheet {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(original.count), compressionMethod: .deflate) {
                original.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        try archive.addEntry(with: sheet, type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) {
            position, length in
            var bytes = [UInt8]()
            bytes.reserveCapacity(length)
            for offset in Int(position)..<(Int(position) + length) {
                if offset < head.count {
                    bytes.append(head[offset])
                } else if offset < head.count + body.count * rows {
                    bytes.append(body[(offset - head.count) % body.count])
                } else {
                    bytes.append(tail[offset - head.count - body.count * rows])
                }
            }
            return Data(bytes)
        }
    }

    static let sheetHeader =
        #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#

    @Test("A sheet of ten million cells is refused past the cell limit, in bounded memory")
    func tenMillionCells() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-10m-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let cell = "<c><v>1</v></c>"
        try Self.workbook(
            at: url, header: Self.sheetHeader, row: "<row>" + String(repeating: cell, count: 10) + "</row>", rows: 1_000_000,
            footer: "</sheetData></worksheet>")
        let before = Self.peakMegabytes
        let limits = XLSXReader.Limits(
            maximumPartBytes: 400 * 1_048_576, maximumTotalBytes: 800 * 1_048_576, maximumCells: 200_000)
        let error = #expect(throws: ImportError.self) { _ = try ImportFile.read(url, limits: limits) }
        #expect(error?.description.contains("quá nhiều ô") == true, "\(String(describing: error))")
        #expect(Self.peakMegabytes - before < 500, "the refusal held \(Self.peakMegabytes - before) MB")
    }

    @Test("XML nested a hundred thousand deep is refused as damaged, not followed down")
    func deepXML() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-deep-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.workbook(at: url, header: Self.sheetHeader, row: "<x>", rows: 100_000, footer: "</sheetData></worksheet>")
        #expect(throws: ImportError.self) { _ = try ImportFile.read(url) }
    }

    @Test("A merged range over the whole sheet fills only the rows that hold cells")
    func hugeMerge() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-merge-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let row = #"<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c></row>"#
        try Self.workbook(
            at: url, header: Self.sheetHeader, row: row, rows: 1,
            footer: #"</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>"#)
        let file = try ImportFile.read(url)
        #expect(file.tables.first?.records.count == 1)
        #expect((file.tables.first?.records.first?.fields.count ?? 0) <= 256)
    }

    @Test("A text of one line and no marks is read in time proportional to its length")
    func longLine() throws {
        let words =
            "Các chỉ tiêu chủ yếu năm 2025 gồm: " + String(repeating: "phát triển kinh tế 1.234,5 xã hội bền vững ", count: 1500)
        let lists =
            "Các chỉ tiêu chủ yếu năm 2025 gồm: "
            + String(repeating: "tăng trưởng đạt 8%; thu ngân sách 2.000 tỷ đồng; ", count: 1500)
        for text in [words, lists] {
            let start = Date()
            _ = ResolutionText.extractTargets(text)
            _ = ConsistencyCheck.findings(in: text)
            _ = TaskText.extractTasks("Nhiệm vụ và giải pháp chủ yếu: " + text)
            #expect(Date().timeIntervalSince(start) < Fuzzer.hangBound * 6, "\(text.utf8.count) bytes took too long")
        }
    }
}
