import Foundation
import KTXHTestSupport
import Testing

/// `ktxh tasks`: a planner imports seed 000's tasks into its plan, assigns one, a department reports, the list shows
/// the overdue one, on a day fixed by KTXH_NOW.
@Suite("ktxh tasks")
struct TasksCommandTests {
    let command = CommandTests()
    let users = UserCommandTests()

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("import (review, then once), assign, report, list --overdue --json; bad input named", arguments: TestDatabase.available)
    func lifecycle(_ kind: TestDatabase.Kind) async throws {
        let (db, cleanup) = try await users.database(kind)
        let now = ["KTXH_NOW": "2025-08-01T02:00:00Z"]
        #expect(try command.run("demo", "--no-serve", "--db", db, environment: now).status == 0)
        let seed = try CommandTests.seed("000")
        let plan = "2"
        let review = try command.run("tasks", "import", seed, "--plan", plan, "--dry-run", "--json", "--db", db)
        #expect(review.status == 0, "\(review.stderr)")
        let proposed = try #require(try json(review.stdout)["proposed"] as? [[String: Any]])
        #expect(proposed.count >= 60)
        #expect(try json(review.stdout)["added"] as? Int == 0)
        let saved = try command.run("tasks", "import", seed, "--plan", plan, "--db", db, environment: now)
        #expect(saved.stdout.contains("Đã lưu \(proposed.count) nhiệm vụ"), "\(saved.stdout)\(saved.stderr)")
        let again = try command.run("tasks", "import", seed, "--plan", plan, "--db", db, environment: now)
        #expect(again.stdout.contains("Đã lưu 0 nhiệm vụ") && again.stdout.contains("\(proposed.count) đã có"))

        #expect(
            try command.run(
                "tasks", "assign", "3", "--lead", "Phòng Kinh tế", "--deadline", "Q2/2025", "--db", db, environment: now
            )
            .status == 0)
        #expect(try command.run("tasks", "assign", "4", "--deadline", "2025-09-30", "--db", db, environment: now).status == 0)
        let report = try command.run(
            "tasks", "report", "4", "--status", "Hoàn thành", "--note", "Đã xong", "--period", "2025-9M", "--db", db,
            environment: ["KTXH_NOW": "2025-10-02T02:00:00Z"])
        #expect(report.stdout.contains("Hoàn thành chậm"), "done after its deadline: \(report.stdout)\(report.stderr)")

        let list = try command.run("tasks", "list", "--plan", plan, "--overdue", "--json", "--db", db, environment: now)
        let tasks = try #require(try json(list.stdout)["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["id"] as? Int } == [3])
        let standing = try #require(tasks.first?["standing"] as? [String: Any])
        #expect(standing["daysOverdue"] as? Int == 32)
        #expect(tasks.first?["lead"] as? String == "Phòng Kinh tế")
        let late = try command.run("tasks", "list", "--plan", plan, "--status", "hoan-thanh-cham", "--db", db, environment: now)
        #expect(late.stdout.split(separator: "\n").count == 2 && late.stdout.contains("Hoàn thành chậm"))

        let badStatus = try command.run("tasks", "report", "3", "--status", "xong", "--note", "x", "--db", db)
        #expect(badStatus.status != 0 && badStatus.stderr.contains("Trạng thái «xong» không có"))
        let badDeadline = try command.run("tasks", "assign", "3", "--deadline", "sớm", "--db", db)
        #expect(badDeadline.status != 0 && badDeadline.stderr.contains("Thời hạn «sớm» không hiểu được"))
        let missing = try command.run("tasks", "report", "9999", "--status", "dung", "--note", "x", "--db", db)
        #expect(missing.status == 1 && missing.stderr.contains("Không có nhiệm vụ mã 9999"))
        try await cleanup()
    }
}
