import Foundation
import KTXHCore
import KTXHDemo
import KTXHStorage
import KTXHTestSupport
import Testing

@testable import KTXHWorkflows

/// Cảnh báo sớm on the database, its digest, and the digest sent by e-mail to a local SMTP sink.
@Suite("Early warnings")
struct EarlyWarningsTests {
    @Test(
        "The demo's first half of 2024: revenue at risk, the bodies that owe figures, and the digest",
        arguments: TestDatabase.available)
    func demo(_ kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await DemoData.load(into: store, at: TestClock.now)
            let plan = try #require(try await store.planSummaries().first { $0.key == "058-2024" })
            let period = try #require(Period("2024-H1"))
            let report = try #require(try await EarlyWarnings.report(store: store, planID: plan.id, period: period))
            #expect(report.atRisk.contains { $0.row.indicator.name == "Thu ngân sách nhà nước trên địa bàn" })
            #expect(report.atRisk.allSatisfy { $0.evaluation?.pace == .atRisk })
            #expect(report.missing.contains { $0.body == "Hạt Kiểm lâm" && $0.indicators == ["Tỷ lệ che phủ rừng"] })
            let digest = EarlyWarnings.digest(report)
            #expect(digest.subject == "[ktxh] Cảnh báo sớm: Thành Phố Bắc Kạn, 6 tháng đầu năm 2024")
            for heading in [
                "1. Chỉ tiêu có nguy cơ không đạt kế hoạch (\(report.atRisk.count)):", "2. Chỉ tiêu chậm tiến độ",
                "3. Chưa báo cáo số liệu (\(report.missing.count)):", "4. Số liệu biến động bất thường",
            ] {
                #expect(digest.body.contains(heading), "\(heading)")
            }
            #expect(
                digest.body.contains("- Thu ngân sách nhà nước trên địa bàn: 45,7% so với nhịp dự kiến; dự báo cả năm đạt khoảng")
            )
        }
    }

    @Test("A commune's figure far off the others' change against last year is asked about")
    func unusual() async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            let spec = SyntheticSpec(communes: 240, indicators: 2, lastYear: 2025, years: 2, periods: [.year])
            _ = try await SyntheticDataSet.load(spec, into: store)
            let code = spec.indicator(0).code
            let period = Period.year(2025)
            // A province with enough communes reporting both years; one of them types a figure ten times too large.
            var chosen: (PlanSummary, Observation)?
            for plan in try await store.planSummaries() where plan.unitCode.count == 2 && plan.term == period {
                let found = try await store.communeFigures(
                    under: plan.unitCode, at: .endOfYear(2025), indicatorCodes: [code], periods: [period, .year(2024)])
                let byUnit = Dictionary(grouping: found.figures, by: \.unitCode)
                let reporting = byUnit.filter { _, figures in Set(figures.map(\.period)).count == 2 }
                if reporting.count >= 6, let unit = reporting.keys.sorted().first,
                    let figure = Observation.current(in: reporting[unit, default: []].filter { $0.period == period })
                {
                    chosen = (plan, figure)
                    break
                }
            }
            let (plan, figure) = try #require(chosen)
            let before = try #require(try await EarlyWarnings.report(store: store, planID: plan.id, period: period))
            #expect(!before.unusual.contains { $0.unit.code == figure.unitCode && $0.indicator.code == code })
            var typo = figure
            typo.id = nil
            typo.kind = .actual
            typo.value = .number((figure.value.number ?? 0) * 10)
            try await store.add(observations: [typo], recordedAt: TestClock.now)
            let after = try #require(try await EarlyWarnings.report(store: store, planID: plan.id, period: period))
            let flagged = try #require(after.unusual.first { $0.unit.code == figure.unitCode && $0.indicator.code == code })
            #expect(flagged.question.hasSuffix("Số liệu này có cần kiểm tra lại hoặc giải thích thêm không?"))
            #expect(EarlyWarnings.digest(after).body.contains(flagged.question))
        }
    }

    @Test("The digest goes by e-mail to the relay set in the environment (a local aiosmtpd sink)")
    func mail() async throws {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import aiosmtpd"]
        try python.run()
        python.waitUntilExit()
        guard python.terminationStatus == 0 else {
            // scripts/test.sh installs aiosmtpd; without it here, the test says so rather than passing silently.
            Issue.record("aiosmtpd is not installed: python3 -m pip install aiosmtpd")
            return
        }
        let box = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-mail-\(UUID().uuidString)")
        let port = 20_000 + Int.random(in: 0..<20_000)
        let sink = Process()
        sink.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sink.arguments = [
            "python3", "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)", "-c", "aiosmtpd.handlers.Mailbox", box.path,
        ]
        // Not the test's own output: a child holding it open would keep the test run waiting.
        sink.standardOutput = FileHandle.nullDevice
        sink.standardError = FileHandle.nullDevice
        try sink.run()
        defer {
            // aiosmtpd's foreground mode does not stop on SIGTERM.
            kill(sink.processIdentifier, SIGKILL)
            sink.waitUntilExit()
            try? FileManager.default.removeItem(at: box)
        }
        let mail = try #require(
            SMTPMail.configured(in: [
                "KTXH_SMTP_HOST": "127.0.0.1", "KTXH_SMTP_PORT": "\(port)", "KTXH_SMTP_FROM": "ktxh@tinh.gov.vn",
                "KTXH_SMTP_TO": "ke-hoach@tinh.gov.vn, hdnd@tinh.gov.vn",
            ]))
        #expect(mail.to == ["ke-hoach@tinh.gov.vn", "hdnd@tinh.gov.vn"])
        let body = "CẢNH BÁO SỚM — Nghị quyết năm 2024\n1. Chỉ tiêu có nguy cơ không đạt kế hoạch (1):\n- Thu ngân sách: 45,7%"
        var sent = false
        for _ in 0..<50 where !sent {
            do {
                try mail.send(subject: "[ktxh] Cảnh báo sớm: Bắc Kạn", body: body, at: Date(timeIntervalSince1970: 1_719_792_000))
                sent = true
            } catch {
                try await Task.sleep(nanoseconds: 200_000_000)  // the sink is still starting
            }
        }
        #expect(sent)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        reader.arguments = [
            "python3", "-c",
            """
            import mailbox, sys
            from email.header import decode_header, make_header
            for m in mailbox.Maildir(sys.argv[1]):
                print(str(make_header(decode_header(m['Subject']))))
                print(m['To'])
                print(m.get_payload(decode=True).decode('utf-8'))
            """,
            box.path,
        ]
        let output = Pipe()
        reader.standardOutput = output
        try reader.run()
        reader.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.contains("[ktxh] Cảnh báo sớm: Bắc Kạn"))
        #expect(text.contains("<ke-hoach@tinh.gov.vn>, <hdnd@tinh.gov.vn>"))
        #expect(text.contains(body))
        #expect(throws: SMTPMail.Failure.self) {
            try SMTPMail(host: "127.0.0.1", port: 9, from: "a@b", to: ["c@d"]).send(subject: "x", body: "y", at: Date())
        }
    }
}
