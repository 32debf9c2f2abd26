import Foundation
import KTXHCore
import KTXHDemo
import KTXHImport
import KTXHReading
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows
import Testing

@Suite("Import")
struct ImportTests {
    static let kinds = TestDatabase.available

    /// The demo's own progress table, for comparison.
    func demoTable() async throws -> [String] {
        try await TestDatabase.withStore(.sqlite) { store in
            try await DemoData.load(into: store, at: TestClock.now)
            let plan = try #require(try await store.planSummaries().first { $0.key == "058-2024" })
            let table = try #require(try await store.progressTable(planID: plan.id, period: Period("2024-H1")!))
            return ImportFixtures.rows(table)
        }
    }

    func importedTable(_ store: Store) async throws -> [String] {
        let plan = try #require(try await store.planSummaries().first { $0.key == "058-2024" })
        let table = try #require(try await store.progressTable(planID: plan.id, period: Period("2024-H1")!))
        return ImportFixtures.rows(table)
    }

    @Test("Seeds 000 and 001 into an empty database give the demo's plans and progress table", arguments: kinds)
    func seedsLikeDemo(kind: TestDatabase.Kind) async throws {
        let expected = try await demoTable()
        try await TestDatabase.withStore(kind) { store in
            try await ImportFixtures.importFile(try ImportFixtures.seed("000"), into: store)
            let result = try await ImportFixtures.importFile(try ImportFixtures.seed("001"), into: store)
            #expect(result.plansCreated == 1)
            let rows = try await importedTable(store)
            // The demo adds footnote figures (estimates, X/Y) beside the table's; the table's own columns agree.
            #expect(rows.map(Self.withoutValue) == expected.map(Self.withoutValue))
            #expect(rows.filter { $0.contains("Vượt") }.count == 3)
            let plans = try await store.planSummaries()
            #expect(Set(plans.map(\.key)) == ["058-2024", "058-2025"])
            #expect(plans.first { $0.key == "058-2025" }?.targetCount == 47)
        }
    }

    @Test("Importing the same file twice changes nothing the second time", arguments: kinds)
    func idempotent(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            let file = try ImportFixtures.seed("001")
            try await ImportFixtures.importFile(file, into: store)
            let before = try await ImportFixtures.snapshot(store)
            let again = try await ImportFixtures.importFile(file, into: store)
            #expect(again.observationsAdded == 0)
            #expect(again.plansCreated == 0)
            #expect(try await ImportFixtures.snapshot(store) == before)
        }
    }

    @Test(
        "Seed 001's table saved by openpyxl as XLSX imports to the same result as the text",
        .enabled(if: ImportFixtures.openpyxlAvailable))
    func workbookLikeText() async throws {
        // The workbook carries the table and its title, not the report's prose: compare with the same in text.
        let fromText = try await TestDatabase.withStore(.sqlite) { store in
            try await ImportFixtures.importFile(try ImportFixtures.seed001TableText(), into: store)
            return try await importedTable(store)
        }
        try await TestDatabase.withStore(.sqlite) { store in
            try await ImportFixtures.importFile(try ImportFixtures.seed001Workbook(), into: store)
            #expect(try await importedTable(store) == fromText)
        }
    }

    @Test("CSV with BOM and semicolons, NFD text and Windows line ends import like the tab-separated table")
    func csvAndNFD() async throws {
        let seed = try SeedFixture.text("001")
        let table = seed.components(separatedBy: "\n").drop { !$0.hasPrefix("STT\tChỉ tiêu") }
        let heading = "BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2024\nỦy ban nhân dân thành phố Bắc Kạn\n"
        let csv =
            "\u{FEFF}" + heading.replacingOccurrences(of: "\n", with: ";\n")
            + table.map { line in
                line.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
                    .split(separator: "\t", omittingEmptySubsequences: false)
                    .map {
                        $0.contains(";") || $0.contains("\"")
                            ? "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" : String($0)
                    }
                    .joined(separator: ";")
            }.joined(separator: "\r\n")
        let pairs = [
            (try ImportFixtures.seed001TableText(), try ImportFixtures.file("bieu.csv", Data(csv.utf8))),
            (
                try ImportFixtures.seed("001"),
                try ImportFixtures.file("bieu-nfd.txt", Data(seed.decomposedStringWithCanonicalMapping.utf8))
            ),
            // Saved on Windows: every line ended by CR LF.
            (
                try ImportFixtures.seed("001"),
                try ImportFixtures.file("bieu-crlf.txt", Data(seed.replacingOccurrences(of: "\n", with: "\r\n").utf8))
            ),
        ]
        for (reference, file) in pairs {
            let expected = try await TestDatabase.withStore(.sqlite) { store in
                try await ImportFixtures.importFile(reference, into: store)
                return try await importedTable(store)
            }
            try await TestDatabase.withStore(.sqlite) { store in
                try await ImportFixtures.importFile(file, into: store)
                #expect(try await importedTable(store) == expected, "\(file.lastPathComponent)")
            }
        }
    }

    @Test("A name only close to the catalogue is never applied without confirmation")
    func probableMatchNeedsConfirmation() async throws {
        let text = """
            BIỂU TIẾN ĐỘ 6 THÁNG ĐẦU NĂM 2024 thành phố Bắc Kạn
            STT\tChỉ tiêu\tĐVT\tKế hoạch 2024\tThực hiện
            1\tThu NSNN trên địa bàn thành phố\tTỷ đồng\t317\t72,4
            2\tSố hộ kinh doanh cá thể hoạt động\tHộ\t>4.000\t4.227
            """
        try await TestDatabase.withStore(.sqlite) { store in
            let url = try ImportFixtures.file("gan-giong.txt", Data(text.utf8))
            let review = try await ImportWorkflow.review(url, options: ImportOptions(), store: store)
            let revenue = try #require(review.matches.first { $0.line == 3 })
            #expect(revenue.indicator.code == "thu-nsnn")
            let households = try #require(review.matches.first { $0.line == 4 })
            #expect(households.indicator.code == "ho-kinh-doanh")
            #expect(!review.unconfirmed.isEmpty)
            #expect(!review.canApply)
            await #expect(throws: ImportErrors.self) { try await ImportWorkflow.apply(review, store: store, at: TestClock.now) }
            #expect(try await store.planSummaries().isEmpty)
            let confirmed = try await ImportWorkflow.review(
                url, options: ImportOptions(confirmProbableMatches: true), store: store)
            #expect(confirmed.canApply)
            try await ImportWorkflow.apply(confirmed, store: store, at: TestClock.now)
            #expect(try await store.observationCount() == 2)
        }
    }

    static func withoutValue(_ row: String) -> String {
        let parts = row.components(separatedBy: " | ")
        guard parts.count == 5 else { return row }
        return [parts[0], parts[1], parts[3], parts[4]].joined(separator: " | ")
    }
}
