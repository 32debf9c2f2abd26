import Foundation
import KTXHStorage
import KTXHTestSupport
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// The upload page through HTTP: review first, save on confirmation, refuse bad files without change.
@Suite("Import page")
struct ImportPageTests {
    func withApp(_ body: (Application, Store) async throws -> Void) async throws {
        try await TestDatabase.withStore(.sqlite) { store in
            let app = try await Application.make(.testing)
            let uploads = FileManager.default.temporaryDirectory.appendingPathComponent("uploads-\(UUID().uuidString)")
            configure(app, store: store, uploads: uploads)
            do {
                try await body(app, store)
            } catch {
                try await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
            try? FileManager.default.removeItem(at: uploads)
        }
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
        try await withApp { app, store in
            let (headers, body) = multipart(name: "bao-cao-6-thang.txt", contents: Data(try SeedFixture.text("001").utf8))
            var confirmPath = ""
            try await app.testing().test(.POST, "/import", headers: headers, body: body) { res async throws in
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
            var form = HTTPHeaders()
            form.contentType = .urlEncodedForm
            try await app.testing().test(
                .POST, confirmPath, headers: form, body: ByteBuffer(string: "name=bao-cao-6-thang.txt&period=&unit=&year=")
            ) { res async in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Đã nhập xong"))
                #expect(res.body.string.contains("/plans/"))
            }
            #expect(try await store.planSummaries().map(\.key) == ["058-2024"])
            #expect(try await store.observationCount() == 33)
            try await app.testing().test(
                .POST, confirmPath, headers: form, body: ByteBuffer(string: "name=bao-cao-6-thang.txt")
            ) { res async in
                #expect(res.status == .notFound, "a confirmed upload cannot be applied twice")
            }
        }
    }

    @Test("A file that is not a workbook is refused on the page and nothing changes")
    func badUpload() async throws {
        try await withApp { app, store in
            let (headers, body) = multipart(name: "bang.xlsx", contents: Data("không phải excel".utf8))
            try await app.testing().test(.POST, "/import", headers: headers, body: body) { res async in
                #expect(res.status == .unprocessableEntity)
                #expect(res.body.string.contains("không phải là tệp Excel (XLSX) hợp lệ"))
            }
            #expect(try await store.planSummaries().isEmpty)
        }
    }

    @Test("The upload form is reachable and labelled")
    func form() async throws {
        try await withApp { app, _ in
            try await app.testing().test(.GET, "/import") { res async in
                #expect(res.status == .ok)
                #expect(res.body.string.contains(#"<label for="file">"#))
                #expect(res.body.string.contains(#"enctype="multipart/form-data""#))
            }
        }
    }
}
