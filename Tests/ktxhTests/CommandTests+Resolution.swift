import Foundation
import KTXHTestSupport
import Testing

/// `ktxh import` of a resolution without a table, and `ktxh check` on the seeds' other contradictions.
extension CommandTests {
    static let resolutions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/resolutions")

    func temporaryDatabase() -> (path: String, remove: () -> Void) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("r-\(UUID().uuidString).sqlite").path
        return (path, { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } })
    }

    @Test("import of seed 002's prose: reviewed, refused until the near names are confirmed, saved once")
    func importResolution() throws {
        let db = temporaryDatabase()
        defer { db.remove() }
        let seed = try Self.seed("002")
        let dryRun = try run("import", seed, "--db", db.path, "--dry-run")
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        #expect(dryRun.stdout.contains("Kế hoạch 06-2024"))
        #expect(dryRun.stdout.contains("dòng 126: Thu ngân sách nhà nước trên địa bàn → thu-nsnn"))
        #expect(dryRun.stdout.contains("CẦN XÁC NHẬN"))
        let refused = try run("import", seed, "--db", db.path)
        #expect(refused.status != 0)
        let saved = try run("import", seed, "--db", db.path, "--confirm-matches", "--json")
        #expect(saved.status == 0, "\(saved.stderr)")
        let result = try #require(try json(saved.stdout)["result"] as? [String: Any])
        #expect(result["plansCreated"] as? Int == 1)
        let again = try run("import", seed, "--db", db.path, "--confirm-matches")
        #expect(again.stdout.contains("Đã nhập: 0 kế hoạch mới, 0 chỉ tiêu danh mục"))
        let plans = try #require(
            try json(try run("plans", "list", "--db", db.path, "--json").stdout)["plans"] as? [[String: Any]])
        #expect(plans.map { $0["key"] as? String } == ["06-2024"])
        #expect(plans.first?["targetCount"] as? Int == 29)
    }

    @Test("import of a .docx resolution: its prose targets, like its text")
    func importDocx() throws {
        let db = temporaryDatabase()
        defer { db.remove() }
        let word = try run(
            "import", Self.resolutions.appendingPathComponent("bullets-under-headings.docx").path, "--db", db.path,
            "--dry-run", "--json")
        #expect(word.status == 0, "\(word.stderr)")
        let plan = try #require(try json(word.stdout)["plan"] as? [String: Any])
        #expect(plan["key"] as? String == "066-2025")
        #expect(plan["targetCount"] as? Int == 10)
    }

    @Test("check --json: seed 003's criteria counts and seed 000's text against its appendix")
    func checkCriteria() throws {
        let nrd = try #require(try json(try run("check", try Self.seed("003"), "--json").stdout)["findings"] as? [[String: Any]])
        let tally = try #require(nrd.first { ($0["values"] as? [String]) == ["4/19", "3/19"] })
        #expect(tally["kind"] as? String == "criteriaCount")
        #expect((tally["locations"] as? [[String: Any]])?.compactMap { $0["line"] as? Int } == [50, 60, 72, 808])
        #expect((tally["message"] as? String)?.contains("8.2") == true)
        let council = try #require(
            try json(try run("check", try Self.seed("000"), "--json").stdout)["findings"] as? [[String: Any]])
        #expect(council.map { $0["kind"] as? String } == ["targetMismatch"])
        #expect(council.first?["values"] as? [String] == ["từ 90% trở lên", ">90"])
    }
}
