import Foundation
import KTXHCore
import KTXHDemo
import KTXHStorage
import KTXHTestSupport
import Testing

@Suite("Demo data")
struct DemoDataTests {
    @Test("Every demo file is understood, and every table row is matched to the catalogue")
    func readsEveryFile() throws {
        let data = try DemoData.read()
        #expect(data.plans.map(\.document.plan.key) == ["058-2024", "058-2025", "06-2024", "437-2024"])
        #expect(data.units.contains { $0.code == "058" })
        // Seed 000's appendix: 45 numbered rows and 2 sub-rows.
        let plan2025 = try #require(data.plans.first { $0.document.plan.key == "058-2025" })
        #expect(plan2025.document.targets.count == 47)
        #expect(plan2025.document.sections.map(\.path) == ["A", "B", "C", "C.I", "C.II", "C.III", "C.IV", "D", "E"])
    }

    @Test("Seed 001's table: every row with a value and a label gets the seed's own label", arguments: TestDatabase.available)
    func seed001Labels(kind: TestDatabase.Kind) async throws {
        let seedRows = try SeedFixture.seed001ProgressRows()
        #expect(seedRows.count == 50)
        try await TestDatabase.withStore(kind) { store in
            try await DemoData.load(into: store, at: TestClock.now)
            let plan = try #require(try await store.planSummaries().first { $0.key == "058-2024" })
            let table = try #require(try await store.progressTable(planID: plan.id, period: Period("2024-H1")!))
            let rows = table.indicatorRows
            for seedRow in seedRows where !seedRow.label.isEmpty {
                let row = try #require(
                    rows.first { $0.indicator.name == seedRow.name && ($0.target.label ?? "") == seedRow.number },
                    "\(seedRow) is missing")
                let label = row.evaluation?.label?.rawValue ?? ""
                // The seed's "Đánh giá" cells on rows 18 and 37 are cut short by the text extraction.
                #expect(label.hasPrefix(seedRow.label), "\(seedRow): seed says \(seedRow.label), ktxh says \(label)")
                #expect(row.target.text == seedRow.plan, "\(seedRow)")
            }
        }
    }

    @Test("Sub-indicators under a target of their own parent carry no label (seed 001 row 5)")
    func referenceSubRows() async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            try await DemoData.load(into: store, at: TestClock.now)
            let plan = try #require(try await store.planSummaries().first { $0.key == "058-2024" })
            let table = try #require(try await store.progressTable(planID: plan.id, period: Period("2024-H1")!))
            let pigs = try #require(table.indicatorRows.first { $0.indicator.name == "Đàn lợn" })
            #expect(pigs.depth == 1)
            #expect(pigs.evaluation?.label == nil)
            #expect(pigs.evaluation?.percentOfPlan != nil)
            let crime = try #require(
                table.indicatorRows.first { $0.indicator.name == "Tỷ lệ giải quyết tố giác, tin báo về tội phạm" })
            #expect(crime.evaluation?.label == .notYetMet)
        }
    }

    @Test("ktxh demo creates the database once and leaves an existing one alone")
    func setupCreatesOnce() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString).sqlite").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        guard case .created(let summary) = try await DemoSetup.prepare(at: .sqlite(path: path), now: TestClock.now) else {
            Issue.record("the first run should create the database")
            return
        }
        #expect(summary.plans == 4)
        #expect(try await DemoSetup.prepare(at: .sqlite(path: path), now: TestClock.now) == .existing)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.contains(URL(fileURLWithPath: path).lastPathComponent + ".tao-moi") }
        #expect(leftovers.isEmpty)
    }
}
