import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// The criteria pages on the demo data (seed 003), through Vapor's testing API.
extension WebTests {
    @Test("The criteria matrix: 2020 both communes 19/19; 2011 under the 2009 set with the report's disagreements")
    func criteriaMatrix() async throws {
        try await withDemoApp { browser, _ in
            do {
                let res = try await browser.get(SiteRoute.criteriaMatrix(parentCode: "058", year: 2020).path)
                #expect(res.status == .ok)
                let body = res.body.string
                #expect(body.contains("2/2 xã đạt chuẩn"))
                #expect(body.components(separatedBy: "<strong>19/19</strong>").count == 3)
                #expect(body.contains("734/QĐ-UBND"))
                #expect(body.contains("2319/QĐ-UBND"))
            }
            do {
                let res = try await browser.get(SiteRoute.criteriaMatrix(parentCode: "058", year: 2011).path)
                #expect(res.status == .ok)
                let body = res.body.string
                #expect(body.contains("491/QĐ-TTg"))
                #expect(body.contains("Bưu điện"))
                #expect(body.contains("Chênh lệch giữa văn bản và số liệu"))
                // In 2011 Huyền Tụng and Xuất Hóa were still communes (wards from 2015): listed as without figures,
                // so that the report's "x/2 xã" counts compare with the two communes it covers.
                #expect(body.contains("Chưa có số liệu, không tính vào tổng: Xã Huyền Tụng (01846), Xã Xuất Hóa (01855)"))
                #expect(body.contains("0/2 xã đạt chuẩn"))
                #expect(!body.contains("Phường Đức Xuân"))
            }
        }
    }

    @Test("A commune's sheet shows each sub-indicator's figure, threshold and verdict, and figures that contradict themselves")
    func criteriaSheet() async throws {
        try await withDemoApp { browser, _ in
            do {
                let res = try await browser.get(SiteRoute.criteriaSheet(unitCode: "01852", year: 2020).path)
                #expect(res.status == .ok)
                let body = res.body.string
                #expect(body.contains("Xã Nông Thượng"))
                #expect(body.contains("Đạt 19/19 tiêu chí"))
                #expect(body.contains("70% (2/3 trường)"))
                #expect(body.contains("theo tỷ số thì chưa đạt"))
                #expect(body.contains("cứng hóa: 63,54%"))
            }
            do {
                let res = try await browser.get("/criteria/units/01852/abc")
                #expect(res.status == .badRequest)
            }
        }
    }

    @Test("Baseline against current: 2020 beside 2011, each under its own set; rows the 2009 set lacked say so")
    func criteriaSheetComparison() async throws {
        try await withDemoApp { browser, _ in
            let res = try await browser.get(SiteRoute.criteriaSheet(unitCode: "01852", year: 2020).path + "?so-voi=2011")
            #expect(res.status == .ok)
            let body = res.body.string
            #expect(body.contains("Năm 2011: đạt 4/19 tiêu chí theo Quyết định 491/QĐ-TTg"))
            #expect(body.contains("<th>Năm 2011</th>"))
            // 3.1 (irrigated area) was not a sub-indicator in 2011; 9.1 was, with 4 makeshift houses.
            let rows = body.components(separatedBy: "<tr ")
            let irrigation = try #require(rows.first { $0.contains("id=\"tc-3.1\"") })
            #expect(irrigation.contains("Chưa quy định"))
            let housing = try #require(rows.first { $0.contains("id=\"tc-9.1\"") })
            #expect(housing.contains("<td>Có<div>"))
            #expect(housing.contains("Chưa đạt"))
        }
    }

    @Test("The roadmap lists seed 003's plan year by year; the unit page shows a unit's history")
    func roadmapAndUnit() async throws {
        try await withDemoApp { browser, _ in
            do {
                let res = try await browser.get(SiteRoute.roadmap(parentCode: "058").path)
                #expect(res.status == .ok)
                let body = res.body.string
                #expect(body.contains("14/17"))
                #expect(body.contains("Thôn Bản Bung"))
                #expect(body.contains("24/24"))
                #expect(body.contains("Chưa có kết quả đánh giá"))
            }
            do {
                let res = try await browser.get(SiteRoute.unit(code: "058").path + "?at=2024-12-31")
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Xã Nông Thượng"))
                #expect(res.body.string.contains("Tỉnh Bắc Kạn"))
            }
        }
    }

    @Test("A set downloads as a file that reads back to the same set; only set-up roles load one, refused with its place")
    func setFileRoundTrip() async throws {
        try await WebTestApp.with { web in
            let viewer = try await web.signIn(.viewer)
            let stored = try #require(try await web.store.criteriaSets().first { $0.key == "bac-kan-2017-2020" })
            let download = try await viewer.get(SiteRoute.criteriaSetFile(key: stored.key).path)
            #expect(download.status == .ok)
            #expect(try CriteriaSetReader.read(download.body.string, file: "tai-ve.yaml") == stored)

            let wrong = Data("key: SAI KEY\nname: x\nvalid_from: hôm qua\ncriteria: []\n".utf8)
            #expect(try await upload(viewer, name: "sai.yaml", contents: wrong).status == .forbidden)
            let planner = try await web.signIn(.planner)
            let refused = try await upload(planner, name: "sai.yaml", contents: wrong)
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("valid_from"))
            // Edited and loaded again, the set replaces the stored one under its key.
            let edited = download.body.string.replacingOccurrences(of: "threshold: ≥ 50%", with: "threshold: ≥ 60%")
            #expect(edited != download.body.string)
            let loaded = try await upload(planner, name: "bac-kan.yaml", contents: Data(edited.utf8))
            #expect(loaded.status == .ok)
            let reloaded = try #require(try await web.store.criteriaSets().first { $0.key == stored.key })
            #expect(reloaded.criteria[1].indicators[1].threshold.text == "≥ 60%")
        }
    }

    func upload(_ browser: Browser, name: String, contents: Data) async throws -> TestingHTTPResponse {
        var (headers, body) = ImportPageTests().multipart(name: name, contents: contents, fields: [CSRF.field: browser.csrf])
        if let cookie = browser.cookie { headers.add(name: .cookie, value: cookie) }
        return try await browser.app.testing().sendRequest(.POST, SiteRoute.criteriaSets.path, headers: headers, body: body)
    }

    @Test("The province's table computed from its communes lists the communes that have not reported")
    func rollUpPage() async throws {
        try await withDemoApp { browser, store in
            let plan = try #require(try await store.planSummaries().first { $0.key == "06-2024" })
            let planPage = try await browser.get(SiteRoute.plan(id: plan.id).path)
            #expect(planPage.body.string.contains(SiteRoute.rollUp(planID: plan.id, period: .year(2024)).path))
            do {
                let res = try await browser.get(SiteRoute.rollUp(planID: plan.id, period: .year(2024)).path)
                #expect(res.status == .ok)
                let body = res.body.string
                #expect(body.contains("Tổng hợp từ 8 xã, phường"))
                #expect(body.contains("Chưa báo cáo"))
            }
        }
    }
}
