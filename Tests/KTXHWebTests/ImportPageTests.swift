import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// The upload page through HTTP: review first, save on confirmation, refuse bad files without change.
@Suite("Import page")
struct ImportPageTests {
    /// The app with no data, used by a planner, who may import.
    func withApp(_ body: (Browser, Store) async throws -> Void) async throws {
        let uploads = FileManager.default.temporaryDirectory.appendingPathComponent("uploads-\(UUID().uuidString)")
        try await WebTestApp.with(demo: false, uploads: uploads) { web in
            try await body(try await web.signIn(.planner), web.store)
        }
        try? FileManager.default.removeItem(at: uploads)
    }

    /// Sends a multipart upload with the session cookie and the CSRF token among the fields.
    func upload(_ browser: Browser, name: String, contents: Data) async throws -> TestingHTTPResponse {
        var (headers, body) = multipart(name: name, contents: contents, fields: [CSRF.field: browser.csrf])
        if let cookie = browser.cookie { headers.add(name: .cookie, value: cookie) }
        return try await browser.app.testing().sendRequest(.POST, "/import", headers: headers, body: body)
    }

    func multipart(name: String, contents: Data, fields: [String: String] = [:]) -> (HTTPHeaders, ByteBuffer) {
        let boundary = "ktxh-\(UUID().uuidString)"
        var body = Data()
        for (key, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                .utf8)
        body += contents + Data("\r\n--\(boundary)--\r\n".utf8)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
        return (headers, ByteBuffer(data: body))
    }

    @Test("Uploading seed 001 shows the review, and confirming saves the plan and its figures")
    func uploadAndConfirm() async throws {
        try await withApp { browser, store in
            var confirmPath = ""
            do {
                let res = try await upload(
                    browser, name: "bao-cao-6-thang.txt", contents: Data(try SeedFixture.text("001").utf8))
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("Kế hoạch 058-2024"))
                #expect(html.contains("Xác nhận nhập"))
                #expect(html.contains("dòng 235"))
                confirmPath =
                    try #require(html.range(of: #"/import/[0-9a-f-]+/confirm"#, options: .regularExpression))
                    .map { String(html[$0]) } ?? ""
            }
            #expect(try await store.planSummaries().isEmpty, "nothing is saved before confirmation")
            do {
                let res = try await browser.post(
                    confirmPath, [("name", "bao-cao-6-thang.txt"), ("period", ""), ("unit", ""), ("year", "")])
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Đã nhập xong"))
                #expect(res.body.string.contains("/plans/"))
            }
            #expect(try await store.planSummaries().map(\.key) == ["058-2024"])
            #expect(try await store.observationCount() == 33)
            // Every plan, target and figure the upload saved is in the audit trail under the planner's name.
            let audit = try await store.auditEntries().filter { $0.entity != .account }
            #expect(Set(audit.map(\.actor)) == [browser.account?.username ?? "?"])
            #expect(audit.filter { $0.entity == .plan }.map(\.field).contains("Tên kế hoạch"))
            let targets = try await store.planDocuments()["058-2024"]?.targets.filter { !$0.text.isEmpty }
            #expect(audit.filter { $0.entity == .target }.count == targets?.count, "one entry per target with a text")
            #expect(audit.filter { $0.entity == .figure }.count == 33)
            #expect(audit.contains { $0.key == "thu-nsnn@058/2024-H1" && $0.newValue == "72,4" })
            do {
                let res = try await browser.post(confirmPath, [("name", "bao-cao-6-thang.txt")])
                #expect(res.status == .notFound, "a confirmed upload cannot be applied twice")
            }
        }
    }

    @Test("A target read wrong is corrected on the review page and saved as corrected")
    func correctedTarget() async throws {
        try await withApp { browser, store in
            let res = try await upload(browser, name: "bao-cao.txt", contents: Data(try SeedFixture.text("001").utf8))
            let html = res.body.string
            let field = ImportReviewPage.targetField("thu-nsnn")
            #expect(html.contains("name=\"\(field)\""), "the target is offered for correction")
            #expect(html.contains("form=\"\(ImportReviewPage.formID)\""))
            let confirmPath =
                try #require(html.range(of: #"/import/[0-9a-f-]+/confirm"#, options: .regularExpression))
                .map { String(html[$0]) } ?? ""
            let done = try await browser.post(confirmPath, [("name", "bao-cao.txt"), (field, "≥ 320")])
            #expect(done.status == .ok)
            let plan = try #require(try await store.planDocuments()["058-2024"])
            let target = try #require(plan.targets.first { $0.indicatorCode == "thu-nsnn" })
            #expect(target.text == "≥ 320" && target.expression.referenceValue == 320)
            // Targets not touched stay as read.
            #expect(plan.targets.first { $0.indicatorCode == "ho-kinh-doanh" }?.text == ">4.000")
        }
    }

    @Test("A resolution's text pasted instead of a file is reviewed and saved as a file would be")
    func pastedText() async throws {
        try await withApp { browser, store in
            let empty = try await browser.post("/import", [("text", "  ")])
            #expect(empty.status == .badRequest)
            #expect(empty.body.string.contains("Chưa chọn tệp hay dán nội dung"))
            // Seed 002 (the province's resolution), as a browser sends a text area: lines ended by CR LF.
            let typed = try SeedFixture.text("002").replacingOccurrences(of: "\n", with: "\r\n")
            let res = try await browser.post("/import", [("text", typed)])
            #expect(res.status == .ok)
            let html = res.body.string
            #expect(html.contains("Xác nhận nhập"), "\(html.prefix(1_500))")
            #expect(!html.contains("Không rõ năm kế hoạch"))
            let confirmPath =
                try #require(html.range(of: #"/import/[0-9a-f-]+/confirm"#, options: .regularExpression))
                .map { String(html[$0]) } ?? ""
            #expect(try await store.planSummaries().isEmpty, "nothing is saved before confirmation")
            let done = try await browser.post(confirmPath, [("name", ImportController.pastedName), ("confirmMatches", "1")])
            #expect(done.status == .ok)
            #expect(done.body.string.contains("Đã nhập xong"))
            let plans = try await store.planSummaries()
            #expect(plans.count == 1 && (plans.first?.targetCount ?? 0) > 20)
            #expect(plans.first?.term == .year(2024))
        }
    }

    /// Two figure columns the header leaves open: the page asks which is «Thực hiện» instead of refusing, and
    /// the answer sent with the confirmation decides which figures are saved.
    @Test("An ambiguous column is a question on the review page, and the chosen column is saved")
    func columnChoice() async throws {
        let table =
            "UBND THÀNH PHỐ BẮC KẠN\nBIỂU TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2024\nTT\tChỉ tiêu\tĐVT\tKH 2024\tƯớc TH 6 tháng\tƯớc TH cả năm\n"
            + "1\tThu ngân sách nhà nước trên địa bàn\tTỷ đồng\t317\t150\t320\nGhi chú: số liệu ước.\n"
        try await withApp { browser, store in
            var confirmPath = ""
            do {
                let res = try await upload(browser, name: "bieu.txt", contents: Data(table.utf8))
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("Cột nào là «Thực hiện»?"))
                #expect(html.contains("Ước TH 6 tháng (cột thứ 5)") && html.contains("Ước TH cả năm (cột thứ 6)"))
                confirmPath =
                    try #require(html.range(of: #"/import/[0-9a-f-]+/confirm"#, options: .regularExpression))
                    .map { String(html[$0]) } ?? ""
            }
            #expect(try await store.planSummaries().isEmpty)
            let res = try await browser.post(
                confirmPath,
                [("name", "bieu.txt"), ("period", ""), ("unit", ""), ("year", ""), ("columnValue", "cột 6")])
            #expect(res.status == .ok, "\(res.body.string.prefix(400))")
            #expect(res.body.string.contains("Đã nhập xong"))
            let saved = try await store.observations(unitCode: "058", periods: [try #require(Period("2024-H1"))])
            #expect(saved.map(\.value) == [.number(320)], "the chosen column's figure, not the first one's")
        }
    }

    @Test("A file that is not a workbook is refused on the page and nothing changes")
    func badUpload() async throws {
        try await withApp { browser, store in
            do {
                let res = try await upload(browser, name: "bang.xlsx", contents: Data("không phải excel".utf8))
                #expect(res.status == .unprocessableEntity)
                #expect(res.body.string.contains("không phải là tệp Excel (XLSX) hợp lệ"))
            }
            #expect(try await store.planSummaries().isEmpty)
        }
    }

    @Test("The upload form is reachable and labelled")
    func form() async throws {
        try await withApp { browser, _ in
            do {
                let res = try await browser.get("/import")
                #expect(res.status == .ok)
                #expect(res.body.string.contains(#"<label for="file">"#))
                #expect(res.body.string.contains(#"enctype="multipart/form-data""#))
            }
        }
    }
}
