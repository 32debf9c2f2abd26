import Foundation
import KTXHStorage
import KTXHTestSupport
import Testing

/// The real `ktxh` binary, run as a user or a script runs it.
@Suite("ktxh command")
struct CommandTests {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [here, here.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("ktxh")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/ktxh")
    }

    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> Result {
        try run(arguments, environment: environment)
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "KTXH_DATABASE_URL")
        process.environment = env.merging(environment) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("evaluate --json: a bound met is Đạt (seed 001 row 3)")
    func evaluateBound() throws {
        let result = try run(
            "evaluate", "--target", ">4.000", "--actual", "4.227", "--period", "h1", "--accumulation", "stock", "--json")
        #expect(result.status == 0)
        let object = try json(result.stdout)
        #expect(object["label"] as? String == "Đạt")
        #expect(object["percentOfPrevious"] is NSNull)
    }

    @Test("evaluate --json: 72,4 of 317 mid-year is Chưa đạt at 22.84% (seed 001 row 1)")
    func evaluateCumulative() throws {
        let result = try run(
            "evaluate", "--target", "317", "--actual", "72,4", "--period", "h1", "--accumulation", "cumulative", "--json")
        #expect(result.status == 0)
        let object = try json(result.stdout)
        #expect(object["label"] as? String == "Chưa đạt")
        #expect((object["percentOfPlan"] as? NSNumber)?.decimalValue == Decimal(string: "22.84"))
        #expect(result.stdout.contains("\"percentOfPlan\": 22.84"))
    }

    @Test("evaluate --previous gives so với cùng kỳ; a closed year short of target is Không đạt")
    func evaluatePrevious() throws {
        let result = try run(
            "evaluate", "--target", "3.761", "--actual", "1.857,4", "--previous", "1.904,1", "--period", "year", "--json")
        let object = try json(result.stdout)
        #expect(object["label"] as? String == "Không đạt")
        #expect((object["percentOfPrevious"] as? NSNumber)?.decimalValue == Decimal(string: "97.55"))
    }

    @Test("A malformed number is refused in Vietnamese on stderr, quoting it, with a non-zero exit")
    func evaluateRejects() throws {
        let result = try run("evaluate", "--target", "317", "--actual", "1,889.5")
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Lỗi:"))
        #expect(result.stderr.contains("«1,889.5»"))
        let period = try run("evaluate", "--target", "317", "--actual", "1", "--period", "h3")
        #expect(period.status != 0)
        #expect(period.stderr.contains("Kỳ «h3» không hợp lệ"))
    }

    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/seeds")

    static func seed(_ number: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        let name = try #require(names.first { $0.hasPrefix(number + "_") })
        return seeds.appendingPathComponent(name).path
    }

    @Test("parse-targets --json: seed 002's 29 targets with comparator, value, valueMax, change and unit")
    func parseTargets() throws {
        let result = try run("parse-targets", try Self.seed("002"), "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let targets = try #require(try json(result.stdout)["targets"] as? [[String: Any]])
        #expect(targets.count == 29)
        let revenue = try #require(targets.first { $0["number"] as? String == "(3)" })
        #expect(revenue["indicator"] as? String == "Thu ngân sách nhà nước trên địa bàn")
        #expect(revenue["comparator"] as? String == "=")
        #expect((revenue["value"] as? NSNumber)?.decimalValue == 1010)
        #expect(revenue["unit"] as? String == "tỉ đồng")
        #expect(revenue["line"] as? Int == 126)
        let poverty = try #require(targets.first { $0["number"] as? String == "(11)" })
        #expect(poverty["comparator"] as? String == "range")
        #expect((poverty["valueMax"] as? NSNumber)?.decimalValue == Decimal(string: "2.5"))
        #expect(poverty["change"] as? String == "decrease")
        #expect(result.stdout.contains("\"valueMax\" : 2.5"))
    }

    @Test("tasks extract --json: seed 000's tasks under their sections, none from last year's results or Điều 4")
    func tasksExtract() throws {
        let result = try run("tasks", "extract", try Self.seed("000"), "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let tasks = try #require(try json(result.stdout)["tasks"] as? [[String: Any]])
        #expect(tasks.allSatisfy { Set($0.keys) == ["section", "text", "lead", "partners", "deadline", "line"] })
        let first = try #require(tasks.first)
        #expect((first["text"] as? String)?.hasPrefix("Thực hiện nghiêm Luật Ngân sách Nhà nước") == true)
        #expect((first["section"] as? String)?.contains("Hoạt động thu chi ngân sách") == true)
        #expect(first["line"] as? Int == 89)
        let texts = tasks.compactMap { $0["text"] as? String }
        // A sentence broken across a blank line is one task.
        #expect(texts.contains { $0.hasPrefix("Tiếp tục thực hiện Nghị quyết 18-NQ/TU ngày 12/8/2021 của Tỉnh ủy") })
        #expect(!texts.contains { $0.contains("Giao Ủy ban nhân dân thành phố tổ chức thực hiện") })
        #expect(!texts.contains { $0.contains("Hoạt động kinh doanh thương mại, dịch vụ tiếp tục phát triển") })
        let housing = try #require(tasks.first { ($0["text"] as? String)?.contains("xoá nhà tạm") == true })
        #expect(housing["deadline"] as? String == "năm 2025")
        #expect(
            Set(tasks.compactMap { $0["section"] as? String }).isSuperset(of: [
                "Nâng cao chất lượng giáo dục và đào tạo", "Công tác cải cách hành chính",
            ]))
    }

    @Test("check --json: seed 001's jobs, 475 in the text and 423 in the table, with both lines")
    func check() throws {
        let result = try run("check", try Self.seed("001"), "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let findings = try #require(try json(result.stdout)["findings"] as? [[String: Any]])
        let jobs = try #require(findings.first { ($0["values"] as? [String]) == ["475", "423"] })
        #expect(jobs["kind"] as? String == "textTable")
        let lines = (jobs["locations"] as? [[String: Any]])?.compactMap { $0["line"] as? Int }
        #expect(lines == [235, 491])
        let text = try run("check", try Self.seed("002"))
        #expect(text.stdout.contains("Không thấy chỗ nào mâu thuẫn"))
        let missing = try run("check", "/khong/co/tep.txt")
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("Lỗi: Không đọc được tệp"))
    }

    @Test("--help explains every subcommand in Vietnamese")
    func help() throws {
        let result = try run("--help")
        #expect(result.status == 0)
        for line in [
            "demo", "serve", "migrate", "plans", "evaluate", "parse-targets", "check", "report", "bench",
            "Lập kế hoạch, theo dõi và đánh giá",
        ] {
            #expect(result.stdout.contains(line), "--help lacks \(line)")
        }
        let evaluate = try run("evaluate", "--help")
        #expect(evaluate.stdout.contains("--accumulation"))
        #expect(evaluate.stdout.contains("lũy kế"))
        #expect(try run("--version").stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.3.0")
    }

    @Test("demo --no-serve, then plans list --json lists the four demo plans", arguments: TestDatabase.available)
    func demoAndPlansList(kind: TestDatabase.Kind) async throws {
        let (location, cleanup) = try await TestDatabase.create(kind)
        let db = Self.argument(location)
        let demo = try run("demo", "--no-serve", "--db", db)
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("Đã tạo dữ liệu mẫu"))
        #expect(try run("demo", "--no-serve", "--db", db).stdout.contains("có sẵn"))
        let list = try run("plans", "list", "--db", db, "--json")
        #expect(list.status == 0)
        let plans = try #require(try json(list.stdout)["plans"] as? [[String: Any]])
        #expect(plans.count == 4)
        let city2024 = try #require(plans.first { $0["key"] as? String == "058-2024" })
        #expect(city2024["unitCode"] as? String == "058")
        #expect(city2024["term"] as? String == "2024")
        #expect(city2024["targetCount"] as? Int == 50)
        #expect(city2024["periods"] as? [String] == ["2024-H1"])
        let text = try run("plans", "list", "--db", db)
        #expect(text.stdout.contains("Thị xã Hồng Lĩnh"))
        try await cleanup()
    }

    @Test("monitor --json: each indicator's pace, expected figure, projection and basis; backtest prints its figures")
    func monitor() async throws {
        let (location, cleanup) = try await TestDatabase.create(.sqlite)
        guard case .sqlite(let db) = location else { return }
        #expect(try run("demo", "--no-serve", "--db", db).status == 0)
        let plans = try #require(try json(try run("plans", "list", "--db", db, "--json").stdout)["plans"] as? [[String: Any]])
        let id = try #require(plans.first { $0["key"] as? String == "058-2024" }?["id"] as? Int)
        let result = try run("monitor", "--plan", "\(id)", "--period", "2024-H1", "--db", db, "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        #expect(object["plan"] as? Int == id && object["period"] as? String == "2024-H1")
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        let revenue = try #require(indicators.first { $0["name"] as? String == "Thu ngân sách nhà nước trên địa bàn" })
        #expect(revenue["label"] as? String == "Chưa đạt")
        #expect(revenue["paceLabel"] as? String == "Nguy cơ không đạt")
        #expect((revenue["expectedToDate"] as? NSNumber)?.decimalValue == Decimal(string: "158.5"))
        let projection = try #require(revenue["projection"] as? [String: Any])
        #expect((projection["mid"] as? NSNumber)?.decimalValue == Decimal(string: "144.8"))
        #expect(revenue["projectedPercentOfPlan"] is NSNumber && revenue["basis"] is String)
        for key in [
            "indicator", "label", "paceLabel", "ratioToExpected", "expectedToDate", "projection", "projectedPercentOfPlan",
            "basis",
        ] {
            #expect(indicators.allSatisfy { $0.keys.contains(key) }, "every indicator has \(key)")
        }
        let text = try run("monitor", "--plan", "\(id)", "--period", "2024-H1", "--db", db)
        #expect(text.stdout.contains("Nguy cơ không đạt") && text.stdout.contains("dự báo cả năm đạt khoảng"))
        #expect(
            try run("monitor", "--plan", "999", "--period", "2024-H1", "--db", db).stderr.contains("Không có kế hoạch mã 999"))
        let backtest = try run("monitor", "backtest", "--db", db, "--json")
        #expect(backtest.status == 0 && backtest.stdout.contains("\"checkpoints\""))
        try await cleanup()
    }

    @Test("serve --trusted-proxy refuses what is not an address or a CIDR range, naming it")
    func trustedProxy() throws {
        let result = try run("serve", "--trusted-proxy", "10.0.0.0/8", "--trusted-proxy", "proxy.tinh", "--db", "/tmp/x.sqlite")
        #expect(result.status != 0)
        #expect(result.stderr.contains("--trusted-proxy «proxy.tinh» không phải địa chỉ hay dải CIDR"))
        #expect(try run("serve", "--help").stdout.contains("--trusted-proxy"))
    }

    @Test("migrate reports what it applied, then that nothing is left")
    func migrate() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("m-\(UUID().uuidString).sqlite").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let first = try run("migrate", "--db", path)
        #expect(first.status == 0)
        #expect(first.stdout.contains("0004_CreateObservations"))
        #expect(try run("migrate", "--db", path).stdout.contains("mới nhất"))
        #expect(try run("plans", "list", "--db", path).stdout.contains("Chưa có kế hoạch"))
    }

    @Test("report progress, plan and draft write their files; the format comes from the file's extension")
    func reports() async throws {
        let (location, cleanup) = try await TestDatabase.create(.sqlite)
        guard case .sqlite(let db) = location else { return }
        #expect(try run("demo", "--no-serve", "--db", db).status == 0)
        let plans = try #require(try json(try run("plans", "list", "--db", db, "--json").stdout)["plans"] as? [[String: Any]])
        let plan2024 = try #require(plans.first { $0["key"] as? String == "058-2024" }?["id"] as? Int)
        let plan2025 = try #require(plans.first { $0["key"] as? String == "058-2025" }?["id"] as? Int)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files: [(String, [String])] = [
            ("bieu.xlsx", ["report", "progress", "--plan", "\(plan2024)", "--period", "2024-H1"]),
            ("bieu.docx", ["report", "progress", "--plan", "\(plan2024)", "--period", "2024-H1"]),
            ("phu-luc.xlsx", ["report", "plan", "--plan", "\(plan2025)"]),
            ("du-thao.docx", ["report", "draft", "--plan", "\(plan2024)", "--period", "2024-H1", "--signer", "Hoàng Hà Bắc"]),
        ]
        for (name, arguments) in files {
            let path = folder.appendingPathComponent(name).path
            let result = try run(arguments + ["--db", db, "-o", path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.contains("Đã ghi"))
            let head = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 2)
            #expect(head == Data("PK".utf8), "\(name) is a ZIP package")
        }
        let html = folder.appendingPathComponent("bieu.html").path
        #expect(try run("report", "progress", "--plan", "\(plan2024)", "--period", "2024-H1", "--db", db, "-o", html).status == 0)
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("<th colspan=\"2\">Tiến độ thực hiện</th>"))
        let wrong = try run("report", "draft", "--plan", "\(plan2024)", "--period", "2024-H1", "--db", db, "-o", html)
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("docx, pdf"))
        let outside = try run("report", "progress", "--plan", "\(plan2024)", "--period", "2025", "--db", db, "-o", html)
        #expect(outside.stderr.contains("Lỗi: Kỳ năm 2025 nằm ngoài thời kỳ của kế hoạch"))
        try await cleanup()
    }

    @Test("PDF without LibreOffice is refused with a clear Vietnamese message")
    func pdfWithoutLibreOffice() async throws {
        let (location, cleanup) = try await TestDatabase.create(.sqlite)
        guard case .sqlite(let db) = location else { return }
        #expect(try run("demo", "--no-serve", "--db", db).status == 0)
        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("x-\(UUID().uuidString).pdf").path
        let result = try run(
            "report", "plan", "--plan", "1", "--db", db, "-o", pdf, environment: ["PATH": "/nonexistent", "KTXH_SOFFICE": ""])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Không tìm thấy LibreOffice"))
        #expect(!FileManager.default.fileExists(atPath: pdf))
        try await cleanup()
    }

    @Test("bench xlsx writes the synthetic table and reports its size")
    func bench() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("b-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run("bench", "xlsx", "--rows", "600", "-o", path, "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        #expect(object["rows"] as? Int == 600)
        #expect(object["cells"] as? Int == 601 * 9)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
