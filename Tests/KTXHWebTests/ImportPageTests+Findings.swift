import Foundation
import KTXHTestSupport
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// The upload page shows where the uploaded document contradicts itself, as `ktxh check` finds it.
extension ImportPageTests {
    @Test("Uploading seed 001 shows its contradictions beside the review: the jobs, 475 in the text and 423 in the table")
    func findingsBesideReview() async throws {
        try await withApp { app, store in
            let (headers, body) = multipart(name: "bao-cao-6-thang.txt", contents: Data(try SeedFixture.text("001").utf8))
            try await app.testing().test(.POST, "/import", headers: headers, body: body) { res async in
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("<h2 id=\"findings-title\">Chỗ mâu thuẫn trong văn bản</h2>"))
                #expect(html.contains("«Số lao động được tạo việc làm»: phần chữ ghi số thực hiện 475, biểu ghi 423."))
                #expect(html.contains("Giá trị: 475 · 423"))
                #expect(html.contains("Dòng 491: Số lao động được tạo việc làm"))
                #expect(html.contains("Xác nhận nhập"), "a contradiction does not stop the import")
            }
            #expect(try await store.planSummaries().isEmpty)
        }
    }

    @Test("A report without a table is still checked: its contradictions shown, nothing to import")
    func findingsWithoutTable() async throws {
        try await withApp { app, store in
            let report = """
                BÁO CÁO
                Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2024 thành phố Bắc Kạn

                Tạo việc làm cho 475/700 lao động, đạt 69% KH giao.
                """
            let (headers, body) = multipart(name: "bao-cao.txt", contents: Data(report.utf8))
            try await app.testing().test(.POST, "/import", headers: headers, body: body) { res async in
                #expect(res.status == .ok)
                let html = res.body.string
                #expect(html.contains("Chỗ mâu thuẫn trong văn bản"))
                #expect(html.contains("«475/700» là 67,86%, không phải 69% như văn bản ghi."))
                #expect(html.contains("Dòng 4: "))
                #expect(html.contains("không có gì để nhập"))
                #expect(!html.contains("Xác nhận nhập"))
            }
            #expect(try await store.planSummaries().isEmpty)
        }
    }
}
