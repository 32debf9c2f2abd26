import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHTestSupport
import Testing

@Suite("Targets read from resolution prose")
struct ResolutionTextTests {
    static let fixtures = SeedFixture.directory.deletingLastPathComponent().appendingPathComponent("resolutions")

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name + ".txt"), encoding: .utf8)
    }

    func expect(_ text: String, _ cases: [ResolutionCase], _ source: String) {
        let targets = ResolutionText.extractTargets(text)
        #expect(targets.count == cases.count, "\(source): \(targets.map(\.indicator))")
        for (expected, target) in zip(cases, targets) {
            let problems = expected.mismatches(target)
            #expect(problems.isEmpty, "\(source) \(expected): \(problems.joined(separator: "; "))")
        }
    }

    @Test("Seed 000 §2: 38 targets, packed several to an item, with levels, bounds and changes")
    func seed000() throws {
        expect(try SeedFixture.text("000"), ResolutionCases.seed000, "seed 000")
    }

    @Test("Seed 002 Điều 2 §2: 29 targets, sub-targets after «trong đó:», ranges, ranks, a qualitative one")
    func seed002() throws {
        expect(try SeedFixture.text("002"), ResolutionCases.seed002, "seed 002")
    }

    @Test("Seed 004 §2: 27 targets, values before names, counts of units, qualitative targets")
    func seed004() throws {
        expect(try SeedFixture.text("004"), ResolutionCases.seed004, "seed 004")
    }

    @Test("Resolutions in other styles", arguments: ResolutionCases.styles.map(\.file))
    func style(_ file: String) throws {
        let cases = try #require(ResolutionCases.styles.first { $0.file == file }).cases
        expect(try Self.fixture(file), cases, file)
    }

    @Test("A sub-target names its group; a share names its list")
    func groups() throws {
        let seed002 = ResolutionText.extractTargets(try SeedFixture.text("002"))
        let industry = try #require(seed002.first { $0.indicator == "công nghiệp tăng trưởng" })
        #expect(industry.group == "Tăng trưởng kinh tế")
        #expect(seed002.first { $0.indicator == "Tăng trưởng kinh tế" }?.group == nil)
        let shares = ResolutionText.extractTargets(try Self.fixture("indicator-colon-value"))
            .filter { $0.group == "Cơ cấu kinh tế" }
        #expect(shares.compactMap(\.value).reduce(0, +) == 100)
    }

    @Test("Dates, document numbers and the tasks after the targets are not targets")
    func notTargets() throws {
        let targets = ResolutionText.extractTargets(try Self.fixture("preamble-dates"))
        let lines = Set(targets.map(\.line))
        #expect(lines.allSatisfy { (18...23).contains($0) }, "\(lines.sorted())")
        let news = ResolutionText.extractTargets(try Self.fixture("news-article"))
        #expect(!news.contains { $0.value == Decimal(string: "6.2") || $0.value == 2450 }, "last year's results are not targets")
    }

    @Test("Words that look like bounds stay in the name: trên địa bàn, dưới 5 tuổi, từ 3 sao trở lên, từ đại học")
    func boundsInNames() {
        let cases: [(String, String, String, Decimal)] = [
            ("2.1. Thu NSNN trên địa bàn đạt 346 tỷ đồng.", "Thu NSNN trên địa bàn", "=", 346),
            (
                "(13) Tỉ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng: ≤ 15,8%.", "Tỉ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng", "≤",
                15.8
            ),
            ("2.4. Có 03 sản phẩm OCOP mới đạt từ 3 sao trở lên.", "sản phẩm OCOP mới đạt từ 3 sao trở lên", "=", 3),
            (
                "2.11. Tỷ lệ cán bộ có trình độ chuyên môn từ đại học trở lên 95%.",
                "Tỷ lệ cán bộ có trình độ chuyên môn từ đại học trở lên", "=", 95
            ),
        ]
        for (line, indicator, comparator, value) in cases {
            let target = ResolutionText.extractTargets("Các chỉ tiêu chủ yếu\n" + line).first
            #expect(target?.indicator == indicator, "\(line)")
            #expect(target?.comparator == comparator, "\(line)")
            #expect(target?.value == value, "\(line)")
        }
    }
}

@Suite("Word documents")
struct DocxTextTests {
    @Test("A .docx reads as its text: the same targets as the text fixture, the table as tab-separated cells")
    func docx() throws {
        let url = ResolutionTextTests.fixtures.appendingPathComponent("bullets-under-headings.docx")
        let text = try DocxText.text(of: try Data(contentsOf: url))
        let plain = try ResolutionTextTests.fixture("bullets-under-headings")
        #expect(ResolutionText.extractTargets(text) == ResolutionText.extractTargets(plain))
        #expect(text.contains("Nơi nhận:\tTM. HỘI ĐỒNG NHÂN DÂN"))
    }

    @Test("A file that is not a Word document is refused")
    func notDocx() {
        #expect(throws: DocxText.Unreadable.self) { try DocxText.text(of: Data("không phải zip".utf8)) }
    }
}
