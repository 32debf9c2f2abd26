import Foundation
import KTXHCore
import KTXHDemo
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// The web app through Vapor's testing API, on a store loaded with the demo data.
@Suite("Web app")
struct WebTests {
    /// The demo data, read by a viewer (HĐND), who may read every page of this suite.
    func withDemoApp(_ body: (Browser, Store) async throws -> Void) async throws {
        try await WebTestApp.with { web in
            try await body(try await web.signIn(.viewer), web.store)
        }
    }

    @Test("The home page lists every plan with its unit and term")
    func home() async throws {
        try await withDemoApp { browser, store in
            do {
                let res = try await browser.get("/")
                #expect(res.status == .ok)
                #expect(res.headers.contentType == .html)
                let body = res.body.string
                for plan in try await store.planSummaries() {
                    #expect(body.contains(SiteRoute.plan(id: plan.id).path))
                    #expect(body.contains(plan.unitName))
                }
                #expect(body.contains("6 tháng đầu năm 2024"))
            }
        }
    }

    @Test("The progress page shows every labelled row of seed 001 with the seed's own label")
    func progressPageMatchesSeed001() async throws {
        let seedRows = try SeedFixture.seed001ProgressRows()
        try await withDemoApp { browser, store in
            let plan = try #require(try await store.planSummaries().first { $0.key == "058-2024" })
            do {
                let res = try await browser.get("/plans/\(plan.id)/progress/2024-H1")
                #expect(res.status == .ok)
                let rows = ProgressPageReader.rows(res.body.string)
                for seedRow in seedRows where !seedRow.label.isEmpty {
                    let row = try #require(
                        rows.first { $0.name == seedRow.name && $0.number == seedRow.number }, "\(seedRow) missing")
                    #expect(row.label.hasPrefix(seedRow.label), "\(seedRow): page says «\(row.label)»")
                    #expect(row.plan == seedRow.plan, "\(seedRow)")
                    // Where a footnote gives the X/Y behind a rate (row 36: 76/76), the page shows both.
                    if !seedRow.value.isEmpty {
                        #expect(
                            row.value.hasPrefix(seedRow.value) || row.value.hasSuffix("(\(seedRow.value)%)"),
                            "\(seedRow): page shows «\(row.value)»")
                    }
                }
                // Sections A…E with I…IV under C, in the seed's order.
                #expect(rows.filter(\.isSection).map(\.number) == ["A", "B", "C", "I", "II", "III", "IV", "D", "E"])
                let revenue = try #require(rows.first { $0.number == "1" })
                #expect(revenue.percent == "22,84%")
                let retail = try #require(rows.first { $0.number == "2" })
                #expect(retail.percent == "51,05%")
                #expect(retail.value == "1.889")
            }
        }
    }

    @Test("The 2025 plan has its own page with seed 000's appendix rows")
    func planPage() async throws {
        try await withDemoApp { browser, store in
            let plan = try #require(try await store.planSummaries().first { $0.key == "058-2025" })
            do {
                let res = try await browser.get(SiteRoute.plan(id: plan.id).path)
                #expect(res.status == .ok)
                let body = res.body.string
                #expect(body.contains("KH 2025"))
                #expect(body.contains("Thu ngân sách nhà nước trên địa bàn"))
                #expect(body.contains("338.300"))
                #expect(body.contains("Giảm 03 tiêu chí so với cùng kỳ"))
            }
        }
    }

    @Test("Bad addresses get a Vietnamese page with the right status")
    func errors() async throws {
        try await withDemoApp { browser, _ in
            do {
                let res = try await browser.get("/plans/999999")
                #expect(res.status == .notFound)
                #expect(res.body.string.contains("Không tìm thấy"))
            }
            do {
                let res = try await browser.get("/plans/1/progress/2024-H7")
                #expect(res.status == .badRequest)
                #expect(res.body.string.contains("2024-H7"))
            }
            do {
                let res = try await browser.get("/plans/abc")
                #expect(res.status == .badRequest)
            }
        }
    }

    @Test("Every typed route's path is pinned")
    func routePaths() throws {
        let h1 = try #require(Period("2024-H1"))
        #expect(SiteRoute.home.path == "/")
        #expect(SiteRoute.plan(id: 7).path == "/plans/7")
        #expect(SiteRoute.progress(planID: 7, period: h1).path == "/plans/7/progress/2024-H1")
        #expect(SiteRoute.progressDocument(planID: 7, period: h1, .xlsx).path == "/plans/7/progress/2024-H1/download.xlsx")
        #expect(SiteRoute.progressDocument(planID: 7, period: h1, .docx).path == "/plans/7/progress/2024-H1/download.docx")
        #expect(SiteRoute.progressDocument(planID: 7, period: h1, .print).path == "/plans/7/progress/2024-H1/print")
        #expect(SiteRoute.draftReport(planID: 7, period: h1).path == "/plans/7/progress/2024-H1/draft.docx")
        #expect(SiteRoute.planDocument(id: 7, .xlsx).path == "/plans/7/download.xlsx")
        #expect(SiteRoute.planDocument(id: 7, .print).path == "/plans/7/print")
        #expect(SiteRoute.importForm.path == "/import")
        #expect(SiteRoute.importConfirm(token: "abc").path == "/import/abc/confirm")
        #expect(SiteRoute.stylesheet.path == "/assets/app.css")
        #expect(SiteRoute.health.path == "/healthz")
        #expect(SiteRoute.dashboard(planID: 7, period: h1).path == "/plans/7/dashboard/2024-H1")
        #expect(
            SiteRoute.dashboardIndicator(planID: 7, period: h1, indicator: "CT1").path
                == "/plans/7/dashboard/2024-H1/indicators/CT1")
        #expect(
            SiteRoute.dashboardChart(planID: 7, period: h1, file: "danh-gia.svg").path
                == "/plans/7/dashboard/2024-H1/charts/danh-gia.svg")
        #expect(
            SiteRoute.indicatorChart(planID: 7, period: h1, indicator: "CT1", file: "cac-nam.png").path
                == "/plans/7/dashboard/2024-H1/indicators/CT1/cac-nam.png")
    }

    @Test("Every registered route is one of the typed routes, served under the permission the route states")
    func registeredRoutes() async throws {
        try await WebTestApp.with(demo: false) { web in
            for route in web.app.routes.all {
                let path = "/" + route.path.map(\.description).joined(separator: "/")
                let page = try #require(route.userInfo["page"] as? SiteRoute, "\(path) is not a SiteRoute")
                #expect(page.pattern == path)
                let access = page.access
                let stated = route.method == .GET ? access.get : access.post
                #expect(route.userInfo["permission"] as? Permission == stated, "\(route.method) \(path)")
            }
            #expect(SiteRoute.criteriaMatrix(parentCode: "44", year: 2025).pattern == "/criteria/matrix/:parent/:year")
        }
    }

    @Test("The progress page offers the table as XLSX, DOCX, a print view and the draft report, and each downloads")
    func progressDownloads() async throws {
        try await withDemoApp { app, store in
            let plan = try #require(try await store.planSummaries().first { $0.key == "058-2024" })
            let h1 = try #require(Period("2024-H1"))
            do {
                let res = try await app.get(SiteRoute.progress(planID: plan.id, period: h1).path)
                for download in SiteRoute.Download.allCases {
                    #expect(res.body.string.contains(SiteRoute.progressDocument(planID: plan.id, period: h1, download).path))
                }
                #expect(res.body.string.contains(SiteRoute.draftReport(planID: plan.id, period: h1).path))
            }
            let files: [(SiteRoute, String, String)] = [
                (
                    .progressDocument(planID: plan.id, period: h1, .xlsx), "spreadsheetml.sheet",
                    "bieu-tien-do-058-2024-2024-H1.xlsx"
                ),
                (
                    .progressDocument(planID: plan.id, period: h1, .docx), "wordprocessingml.document",
                    "bieu-tien-do-058-2024-2024-H1.docx"
                ),
                (.draftReport(planID: plan.id, period: h1), "wordprocessingml.document", "du-thao-bao-cao-058-2024-2024-H1.docx"),
            ]
            for (route, type, name) in files {
                do {
                    let res = try await app.get(route.path)
                    #expect(res.status == .ok, "\(route.path)")
                    #expect(res.headers.contentType?.subType.hasSuffix(type) == true, "\(route.path)")
                    #expect(res.headers.contentDisposition?.filename == name)
                    // A ZIP package starts with "PK".
                    #expect(res.body.getString(at: 0, length: 2) == "PK", "\(route.path)")
                }
            }
            do {
                let res = try await app.get(SiteRoute.progressDocument(planID: plan.id, period: h1, .print).path)
                #expect(res.headers.contentType == .html)
                #expect(res.body.string.contains("BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2024"))
                #expect(res.body.string.contains("Thu ngân sách nhà nước trên địa bàn"))
            }
            do {
                let res = try await app.get("/plans/\(plan.id)/progress/2025/download.xlsx")
                #expect(res.status == .badRequest)
                #expect(res.body.string.contains("nằm ngoài thời kỳ"))
            }
        }
    }

    @Test("The plan page offers its appendix; an unknown plan is a Vietnamese 404")
    func planDownloads() async throws {
        try await withDemoApp { app, store in
            let plan = try #require(try await store.planSummaries().first { $0.key == "058-2025" })
            do {
                let res = try await app.get(SiteRoute.plan(id: plan.id).path)
                #expect(res.body.string.contains(SiteRoute.planDocument(id: plan.id, .xlsx).path))
            }
            do {
                let res = try await app.get(SiteRoute.planDocument(id: plan.id, .xlsx).path)
                #expect(res.status == .ok)
                #expect(res.headers.contentDisposition?.filename == "chi-tieu-058-2025.xlsx")
            }
            do {
                let res = try await app.get(SiteRoute.planDocument(id: plan.id, .print).path)
                #expect(
                    res.body.string.contains(
                        "MỘT SỐ CHỈ TIÊU NHIỆM VỤ KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH THÀNH PHỐ BẮC KẠN NĂM 2025"))
            }
            do {
                let res = try await app.get(SiteRoute.planDocument(id: 999_999, .docx).path)
                #expect(res.status == .notFound)
                #expect(res.body.string.contains("Không có kế hoạch mã 999999"))
            }
        }
    }

    @Test(
        "The plan list comes a page at a time and is searched without regard to accents",
        arguments: TestDatabase.available)
    func planListPages(_ kind: TestDatabase.Kind) async throws {
        try await WebTestApp.with(kind, demo: false) { web in
            _ = try await SyntheticDataSet.load(SyntheticSpec(communes: 60, indicators: 1, years: 1), into: web.store)
            let browser = try await web.signIn(.viewer)
            let all = try await web.store.planSummaries()
            #expect(all.count == 94)
            let first = try await browser.get("/").body.string
            #expect(first.contains("Trang 1/2 (94 kế hoạch)"))
            #expect(first.contains("/?trang=2"))
            #expect(first.contains(SiteRoute.plan(id: all[0].id).path))
            #expect(!first.contains(SiteRoute.plan(id: all[50].id).path + "\""))
            let second = try await browser.get("/?trang=2").body.string
            #expect(second.contains(SiteRoute.plan(id: all[50].id).path + "\""))
            #expect(second.contains("‹ Trang trước"))
            // A commune's name typed without accents finds its plan, and only plans that match.
            let commune = try #require(all.first { $0.unitCode.count == 5 })
            let typed = PlanListPage.searchKey(commune.unitName)
            let found = try await browser.get("/?q=" + (typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
                .body.string
            #expect(found.contains(SiteRoute.plan(id: commune.id).path + "\""))
            let matching = all.filter {
                PlanListPage.searchKey("\($0.unitName) \($0.unitCode) \($0.title) \($0.key)").contains(typed)
            }
            #expect(found.contains("(\(matching.count) kế hoạch)"))
        }
    }
}
