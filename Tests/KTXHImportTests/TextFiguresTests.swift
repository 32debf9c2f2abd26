import Foundation
import KTXHCore
import KTXHTestSupport
import Testing

@testable import KTXHImport
@testable import KTXHReading

@Suite("Figures in text")
struct TextFiguresTests {
    /// Seed 001 reviewed against an empty database: the standard catalogue and the national unit list.
    func seed001Review() throws -> ImportReview {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("seed001-\(UUID().uuidString).txt")
        try Data(try SeedFixture.text("001").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let context = ImportContext(
            indicators: [:], units: [:], plans: [:], standard: try ShippedData.nationalCatalogue(),
            nationalUnits: try ShippedData.adminUnits2024())
        return Importer.review(try ImportFile.read(url, name: "001.txt"), options: ImportOptions(), context: context)
    }

    @Test("Seed 001: the X/Y figures the table lacks are added, with their sentence as the source")
    func seed001Additions() throws {
        let review = try seed001Review()
        let fromText = review.changes.observations.filter { !($0.source ?? "").hasPrefix("001.txt") }
        #expect(fromText.count == 2)
        // Line 61: "Tổng sản lượng lương thực có hạt vụ xuân ước đạt 1.857,4/3.761 tấn đạt 49,39% so với KH".
        let grain = try #require(fromText.first { $0.indicatorCode == "san-luong-luong-thuc" })
        #expect(grain.value == .number(Decimal(string: "1857.4")!))
        #expect(grain.kind == .estimate)
        #expect(grain.source?.contains("dòng 61") == true)
        // Footnote 25, line 253: "BHYT: 42.874/47.382 người tham gia, tỷ lệ bao phủ BHYT bằng 90,5% dân số".
        let coverage = try #require(fromText.first { $0.indicatorCode == "bhyt" })
        #expect(coverage.value == .ratio(numerator: 42874, denominator: 47382))
    }

    @Test("Seed 001: the text's 475 jobs against the table's 423 is shown, and the table's figure kept")
    func seed001Contradiction() throws {
        let review = try seed001Review()
        #expect(review.notes.count == 1)
        let note = try #require(review.notes.first)
        #expect(note.line == 235)
        #expect(note.value == "475")
        #expect(note.description.contains("423"))
        let jobs = review.changes.observations.filter { $0.indicatorCode == "lao-dong-viec-lam" }
        #expect(jobs.map(\.value) == [.number(423)])
    }

    @Test("A count of criteria that shares words with a rate is not taken for the rate (seed 001 line 291: 21/22 tiêu chí)")
    func noFalseRate() throws {
        let review = try seed001Review()
        #expect(!review.changes.observations.contains { $0.indicatorCode == "phuong-van-minh" })
    }

    @Test("X/Y with thousands dots and decimal commas, never a date")
    func ratios() {
        #expect(TextFigures.ratio(in: "đạt 1.857,4/3.761 tấn") ?? (0, 0) == (Decimal(string: "1857.4")!, 3761))
        #expect(TextFigures.ratio(in: "ngày 31/5/2024") == nil)
        #expect(TextFigures.ratio(in: "không có số") == nil)
    }
}
