import Foundation
import KTXHStorage
import KTXHTestSupport
import Testing

/// `ktxh criteria …` and `ktxh units …` on the database `ktxh demo` creates.
extension CommandTests {
    /// `location` as `--db` takes it.
    static func argument(_ location: DatabaseLocation) -> String {
        switch location {
        case .postgres(let url): url
        case .sqlite(let path): path
        case .sqliteInMemory: ":memory:"
        }
    }

    func demoDatabase(_ kind: TestDatabase.Kind) async throws -> (String, @Sendable () async throws -> Void) {
        let (location, cleanup) = try await TestDatabase.create(kind)
        let db = Self.argument(location)
        let demo = try run("demo", "--no-serve", "--db", db)
        #expect(demo.status == 0, "\(demo.stderr)")
        return (db, cleanup)
    }

    @Test(
        "criteria evaluate --json: Xã Nông Thượng meets 19 of 19 in 2020 under Bắc Kạn's set", arguments: TestDatabase.available)
    func criteriaEvaluate(kind: TestDatabase.Kind) async throws {
        let (db, cleanup) = try await demoDatabase(kind)
        let result = try run("criteria", "evaluate", "--db", db, "--unit", "01852", "--year", "2020", "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        #expect(object["met"] as? Int == 19)
        #expect(object["total"] as? Int == 19)
        #expect(object["unit"] as? String == "01852")
        #expect(object["unitName"] as? String == "Xã Nông Thượng")
        #expect(object["set"] as? String == "bac-kan-2017-2020")
        let criteria = try #require(object["criteria"] as? [[String: Any]])
        #expect(criteria.count == 19)
        let roads = try #require(criteria.first { $0["number"] as? String == "2" })
        let lanes = try #require((roads["indicators"] as? [[String: Any]])?.first { $0["number"] as? String == "2.3" })
        #expect(lanes["threshold"] as? String == "100% (50% cứng hóa)")
        #expect(lanes["met"] as? Bool == true)

        // 2011 defaults to the 2009 set; the report's own 3/19 for Dương Quang is shown against the rows' 4/19.
        let baseline = try json(try run("criteria", "evaluate", "--db", db, "--unit", "01849", "--year", "2011", "--json").stdout)
        #expect(baseline["set"] as? String == "bac-kan-2011-baseline")
        let discrepancies = try #require(baseline["discrepancies"] as? [[String: Any]])
        #expect(discrepancies.contains { $0["stated"] as? String == "3/19" && $0["computed"] as? String == "4/19" })

        let sets = try json(try run("criteria", "sets", "--db", db, "--json").stdout)
        let keys = try #require((sets["sets"] as? [[String: Any]])?.compactMap { $0["key"] as? String })
        #expect(keys.contains("quoc-gia-2026-2030") && keys.contains("quoc-gia-2009"))
        let missing = try run("criteria", "evaluate", "--db", db, "--unit", "01852", "--year", "2020", "--set", "khong-co")
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("Không có bộ tiêu chí «khong-co»"))
        try await cleanup()
    }

    @Test("criteria load: a set file is read, refused with its place when wrong, and replaces the set with its key")
    func criteriaLoad() async throws {
        let (db, cleanup) = try await demoDatabase(.sqlite)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let good = directory.appendingPathComponent("thu.yaml")
        try """
        key: thu-nghiem
        name: Bộ thử
        valid_from: 2026-02-15
        criteria:
          - number: "1"
            name: Quy hoạch
            indicators:
              - {number: "1.1", name: Có quy hoạch, indicator: ntm.1.1, threshold: Đạt}
        """.write(to: good, atomically: true, encoding: .utf8)
        let loaded = try run("criteria", "load", good.path, "--db", db)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(loaded.stdout.contains("thu-nghiem"))
        let bad = directory.appendingPathComponent("sai.yaml")
        try """
        key: thu-nghiem
        name: Bộ thử
        valid_from: 2026-02-15
        criteria:
          - number: "2"
            name: Giao thông
            indicators:
              - {number: "2.3", name: Đường ngõ, threshold: "100% (50% cứng hóa)"}
        """.write(to: bad, atomically: true, encoding: .utf8)
        let refused = try run("criteria", "load", bad.path, "--db", db)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("chỉ tiêu 2.3"))
        #expect(refused.stderr.contains("conditions"))
        try await cleanup()
    }

    @Test("units import loads the three shipped files; units show chooses by --at", arguments: TestDatabase.available)
    func unitsImportAndShow(kind: TestDatabase.Kind) async throws {
        let (db, cleanup) = try await demoDatabase(kind)
        let imported = try run("units", "import", "--db", db)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("10597 dòng kế thừa"))
        let after = try json(try run("units", "show", "01843", "--db", db, "--at", "2025-07-01", "--json").stdout)
        #expect(after["name"] as? String == "Phường Bắc Kạn")
        #expect(after["validFrom"] as? String == "2025-07-01")
        let predecessors = try #require(after["predecessors"] as? [[String: Any]])
        #expect(predecessors.compactMap { $0["code"] as? String } == ["01837", "01843", "01852", "01855"])
        #expect(predecessors.allSatisfy { $0["share"] as? String == "whole" })
        let before = try json(try run("units", "show", "01843", "--db", db, "--at", "2024-06-30", "--json").stdout)
        #expect(before["name"] as? String == "Phường Phùng Chí Kiên")
        #expect(before["parent"] as? String == "058")
        #expect((before["successors"] as? [[String: Any]])?.first?["name"] as? String == "Phường Bắc Kạn")
        let gone = try run("units", "show", "01852", "--db", db, "--at", "2025-08-01")
        #expect(gone.status != 0)
        #expect(gone.stderr.contains("Xã Nông Thượng"))
        try await cleanup()
    }
}
