import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The dashboard of the demo's six-month report, an indicator opened from it, and its charts as files.
@Suite("Dashboard")
struct DashboardTests {
    @Test(
        "A viewer reaches the dashboard from the plan page and sees the progress table's counts",
        arguments: TestDatabase.available)
    func counts(_ kind: TestDatabase.Kind) async throws {
        try await WebTestApp.with(kind) { web in
            let browser = try await web.signIn(.viewer)
            let plan = try #require(try await web.store.planSummaries().first { $0.key == "058-2024" })
            let period = try #require(Period("2024-H1"))
            let dashboard = SiteRoute.dashboard(planID: plan.id, period: period).path
            #expect(try await browser.get(SiteRoute.plan(id: plan.id).path).body.string.contains(dashboard))
            #expect(
                try await browser.get(SiteRoute.progress(planID: plan.id, period: period).path).body.string.contains(dashboard))
            let res = try await browser.get(dashboard)
            #expect(res.status == .ok)
            let body = res.body.string
            let table = try #require(try await web.store.progressTable(planID: plan.id, period: period))
            for (label, count) in table.labelCounts {
                #expect(body.contains("\(label.rawValue)</span>: \(count) chỉ tiêu"), "\(label)")
            }
            #expect(body.contains("Vượt</span>: 3 chỉ tiêu") && body.contains("Chưa đạt</span>: 9 chỉ tiêu"))
            // The charts are inline SVG with their text alternative and their numbers in a table.
            #expect(body.contains("<svg") && body.contains("<title id=\"danh-gia-tieu-de\">"))
            #expect(body.contains("Số liệu của biểu đồ"))

            // Filtered by a label: only that label's rows.
            let filtered = try await browser.get(
                dashboard + "?danh-gia=" + ("Chưa đạt".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            #expect(filtered.status == .ok)
            #expect(filtered.body.string.contains("Chưa đạt</span>: 9 chỉ tiêu"))
            #expect(!filtered.body.string.contains("Vượt</span>: 3 chỉ tiêu"))
            #expect(try await browser.get(dashboard + "?danh-gia=Tốt").status == .badRequest)

            // An indicator opened from the list: its page, and its chart as an SVG file.
            let item = try #require(table.indicatorRows.first { $0.evaluation?.label == .notYetMet })
            let indicator = SiteRoute.dashboardIndicator(planID: plan.id, period: period, indicator: item.indicator.code).path
            #expect(body.contains(indicator))
            let opened = try await browser.get(indicator)
            #expect(opened.status == .ok)
            #expect(opened.body.string.contains(item.indicator.name))
            let svg = try await browser.get(
                SiteRoute.indicatorChart(planID: plan.id, period: period, indicator: item.indicator.code, file: "ke-hoach.svg")
                    .path)
            #expect(svg.status == .ok)
            #expect(svg.headers.contentType?.subType == "svg+xml")
            #expect(XMLParser(data: Data(svg.body.string.utf8)).parse())
            let chart = try await browser.get(
                SiteRoute.dashboardChart(planID: plan.id, period: period, file: "danh-gia.png").path)
            let hasConverter = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
                .contains { FileManager.default.isExecutableFile(atPath: "\($0)/rsvg-convert") }
            if hasConverter {
                #expect(chart.status == .ok && chart.headers.contentType == .png)
                #expect(Array(chart.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            } else {
                #expect(chart.status == .serviceUnavailable)
            }
            #expect(
                try await browser.get(SiteRoute.dashboardChart(planID: plan.id, period: period, file: "khac.svg").path).status
                    == .notFound)
            #expect(
                try await browser.get(SiteRoute.dashboardIndicator(planID: plan.id, period: period, indicator: "khong-co").path)
                    .status == .notFound)
        }
    }
}
