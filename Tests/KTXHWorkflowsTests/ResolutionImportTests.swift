import Foundation
import KTXHCore
import KTXHDemo
import KTXHImport
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows
import Testing

/// `ktxh import` of a resolution whose targets are only in its prose (seeds 002 and 004): the plan is
/// built from `ResolutionText.extractTargets`, matched, reviewed and saved like a table.
@Suite("Import of a resolution's prose")
struct ResolutionImportTests {
    static let kinds = TestDatabase.available

    /// One target as a person compares two plans: which indicator, and the target as written.
    struct Row: Hashable, CustomStringConvertible {
        var code: String
        var text: String
        var description: String { "\(code) «\(text)»" }
    }

    /// The demo's plan `key`, transcribed by hand from the seed into `Sources/KTXHDemo/Data`.
    static func demoPlan(_ key: String) throws -> (rows: [Row], units: [String: String]) {
        let document = try #require(try DemoData.read().plans.first { $0.document.plan.key == key }?.document)
        // The unit the demo's table gives in its own column, kept with each target's expression.
        let units = Dictionary(
            document.targets.map { ($0.indicatorCode, $0.expression.unit ?? "") }, uniquingKeysWith: { a, _ in a })
        return (document.targets.map { Row(code: $0.indicatorCode, text: $0.text) }, units)
    }

    /// The prose writes the unit in the target ("56 triệu đồng", "đạt trên 125.000 triệu đồng") where the
    /// demo's table has it in its own column ("56", Triệu đồng): the same target when, without "đạt", case
    /// and spaces, the prose's text is the table's followed by its unit.
    static func sameTarget(_ prose: String, _ table: String, unit: String) -> Bool {
        let plain = { (text: String) in
            text.lowercased().replacingOccurrences(of: "đạt ", with: "").filter { !$0.isWhitespace }
        }
        return plain(prose) == plain(table) || plain(prose) == plain(table + unit)
    }

    /// The province's and the town's own indicators (`tinh.*`, `hl.*`): a locality that uses ktxh keeps its
    /// own catalogue in its database, beside the national one ktxh ships.
    static func withLocalCatalogue(_ store: Store) async throws {
        try await store.apply(ChangeSet(indicators: try DemoData.ownIndicators()), recordedAt: TestClock.now)
    }

    static func imported(_ seed: String, key: String, into store: Store) async throws -> [Row] {
        try await withLocalCatalogue(store)
        let url = try ImportFixtures.seed(seed)
        let review = try await ImportWorkflow.review(url, options: ImportOptions(), store: store)
        // Names written differently from the catalogue wait for a person, as a table's rows do.
        #expect(!review.canApply && review.problems.isEmpty, "seed \(seed): \(review.problems)")
        let confirmed = try await ImportWorkflow.review(
            url, options: ImportOptions(confirmProbableMatches: true), store: store)
        let result = try await ImportWorkflow.apply(confirmed, store: store, at: TestClock.now)
        #expect(result.plansCreated == 1)
        let document = try #require(try await store.planDocuments()[key])
        return document.targets.map { Row(code: $0.indicatorCode, text: $0.text) }
    }

    /// Seed 002 against plan 06-2024: the same indicators and targets, except that the demo split item
    /// (20) "Tỉ lệ tuyển quân, động viên quân nhân dự bị, bồi dưỡng kiến thức quốc phòng và an ninh cho các
    /// đối tượng: 100%" into its three indicators, where the prose states one target for the three.
    @Test("Seed 002 into a database with the province's own indicators gives the demo's plan 06-2024", arguments: kinds)
    func seed002(kind: TestDatabase.Kind) async throws {
        let demo = try Self.demoPlan("06-2024")
        try await TestDatabase.withStore(kind) { store in
            let rows = try await Self.imported("002", key: "06-2024", into: store)
            #expect(rows.count == 29)
            let missing = demo.rows.filter { row in !rows.contains { $0.code == row.code } }.map(\.code)
            #expect(missing == ["tinh.tuyen-quan", "tinh.dong-vien-du-bi"])
            for row in rows {
                let expected = try #require(demo.rows.first { $0.code == row.code }, "\(row) is not in the demo's plan")
                #expect(Self.sameTarget(row.text, expected.text, unit: demo.units[row.code] ?? ""), "\(row) ≠ \(expected)")
            }
        }
    }

    /// Seed 004 against plan 437-2024: item (7) reads "Tiếp tục củng cố và nâng cao 55 tiêu chí đô thị loại
    /// III đã đạt" (a new indicator, where the demo's transcriber shortened the name to the catalogue's), and
    /// seven targets keep the prose's words where the demo wrote a table's shorter form: a qualitative target
    /// whole ("Nâng cao chất lượng tiêu chí chưa đạt", not "Nâng cao chất lượng"), "tăng 10%" with "chất
    /// lượng" left in the name, "80/100 dân" (the demo: 80, Người dùng/100 dân), "giảm còn dưới 1,8 %"
    /// ("Dưới 1,8 %"), the unit "thôn, tổ dân phố văn hóa" in full, and the two yes/no targets as sentences.
    @Test("Seed 004 into a database with the town's own indicators gives the demo's plan 437-2024", arguments: kinds)
    func seed004(kind: TestDatabase.Kind) async throws {
        let demo = try Self.demoPlan("437-2024")
        try await TestDatabase.withStore(kind) { store in
            let rows = try await Self.imported("004", key: "437-2024", into: store)
            #expect(rows.count == demo.rows.count)
            #expect(Set(demo.rows.map(\.code)).subtracting(rows.map(\.code)) == ["hl.tieu-chi-do-thi-loai-iii"])
            let reworded = rows.filter { row in
                guard let expected = demo.rows.first(where: { $0.code == row.code }) else { return false }
                return !Self.sameTarget(row.text, expected.text, unit: demo.units[row.code] ?? "")
            }
            #expect(
                reworded.map(\.text) == [
                    "Nâng cao chất lượng tiêu chí chưa đạt", "tăng 10%", "80/100 dân", "giảm còn dưới 1,8 %",
                    "52/52 thôn, tổ dân phố văn hóa",
                    "Hoàn thành xây dựng mới hoặc sửa chữa, nâng cấp các nhà văn hóa còn lại để đạt chuẩn",
                    "xã Thuận Lộc cơ bản đạt các tiêu chí của phường",
                ])
        }
    }

    @Test("Importing the same resolution twice changes nothing the second time", arguments: kinds)
    func twice(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await Self.withLocalCatalogue(store)
            let options = ImportOptions(confirmProbableMatches: true)
            try await ImportFixtures.importFile(try ImportFixtures.seed("004"), into: store, options: options)
            let before = try await ImportFixtures.snapshot(store)
            let indicators = try await store.indicators().count
            let again = try await ImportFixtures.importFile(try ImportFixtures.seed("004"), into: store, options: options)
            #expect(again.plansCreated == 0 && again.indicatorsSaved == 0 && again.observationsAdded == 0)
            #expect(try await ImportFixtures.snapshot(store) == before)
            #expect(try await store.indicators().count == indicators)
        }
    }

    @Test("The .docx fixture imports exactly as its text does")
    func docx() async throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/resolutions")
        try await TestDatabase.withStore(.sqlite) { store in
            let options = ImportOptions(confirmProbableMatches: true)
            let word = try await ImportWorkflow.review(
                folder.appendingPathComponent("bullets-under-headings.docx"), options: options, store: store)
            let text = try await ImportWorkflow.review(
                folder.appendingPathComponent("bullets-under-headings.txt"), options: options, store: store)
            #expect(word.problems.isEmpty)
            #expect(word.plan?.plan.key == "066-2025")
            #expect(word.plan?.targets.count == 10)
            #expect(word.plan == text.plan)
            #expect(word.matches == text.matches)
            #expect(word.changes.indicators == text.changes.indicators)
        }
    }
}
