import Foundation
import KTXHCore
import Testing
import Vapor

@testable import KTXHWeb

/// What a person reads, pinned: each page's HTML from a fixed view-model, compared with a committed file.
/// A missing snapshot is written and the test fails, so a new page is looked at once before it is pinned.
@Suite("Page snapshots")
struct PageSnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    func assertSnapshot(_ html: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = Self.directory.appendingPathComponent("\(name).html")
        let pretty = html.replacingOccurrences(of: "><", with: ">\n<")
        guard let recorded = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try pretty.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded a new snapshot at \(file.path); look at it and run again.", sourceLocation: sourceLocation)
            return
        }
        #expect(pretty == recorded, "\(name).html differs from the page", sourceLocation: sourceLocation)
    }

    @Test("No page carries an inline style or script: the Content-Security-Policy allows none")
    func noInlineStyle() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 10)
        for page in pages {
            let html = try String(contentsOf: Self.directory.appendingPathComponent(page), encoding: .utf8)
            #expect(!html.contains(" style=") && !html.contains("<style") && !html.contains(" onclick="), "\(page)")
            #expect(!html.contains("<script>"), "\(page): a script must come from /assets")
        }
        var headers = HTTPHeaders()
        SessionMiddleware.addSecurityHeaders(&headers)
        let policy = try #require(headers.first(name: "Content-Security-Policy"))
        #expect(!policy.contains("unsafe-inline") && policy.contains("script-src 'self'") && policy.contains("style-src 'self'"))
    }

    @Test func progressPage() throws {
        try assertSnapshot(ProgressShowPage.mock.view().render(), named: "progress")
    }

    @Test func planListPage() throws {
        let page = PlanListPage(items: [
            .init(
                title: "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2024", link: "/plans/1",
                document: "Số 12/NQ-HĐND", issuer: "Hội đồng nhân dân thành phố Bắc Kạn",
                unit: "Thành phố Bắc Kạn (058)", term: "Năm 2024", targetCount: 50,
                progressLinks: [("6 tháng đầu năm 2024", "/plans/1/progress/2024-H1")])
        ])
        try assertSnapshot(page.view().render(), named: "plan-list")
        try assertSnapshot(PlanListPage(items: []).view().render(), named: "plan-list-empty")
    }
}

extension ProgressShowPage {
    static var mock: ProgressShowPage {
        let revenue = Row(
            isSection: false, number: "1", name: "Thu ngân sách nhà nước trên địa bàn", unit: "Tỷ đồng", target: "317",
            value: "72,4", notes: ["Ước: 86,6 (đến 30/6/2024)"], percentOfPlan: "22,84%", bar: 22, label: "Chưa đạt",
            labelClass: "label short", reason: "72,4 chưa đạt 317", depth: 0)
        let pigs = Row(
            isSection: false, number: "", name: "Đàn lợn", unit: "Con", target: "21.000", value: "15.719", notes: [],
            percentOfPlan: "74,85%", bar: 74, label: "", labelClass: "", reason: "", depth: 1)
        let section = Row(
            isSection: true, number: "A", name: "Kinh tế", unit: "", target: "", value: "", notes: [], percentOfPlan: "",
            bar: nil, label: "", labelClass: "", reason: "", depth: 0)
        return ProgressShowPage(
            heading: "Biểu tiến độ thực hiện các chỉ tiêu nghị quyết 6 tháng đầu năm 2024",
            planTitle: "Nghị quyết năm 2024", planLink: "/plans/1", unitName: "Thành phố Bắc Kạn",
            planColumn: "Kế hoạch 2024", valueColumn: "Tiến độ thực hiện",
            cutoffNote: "Số liệu thực hiện đến ngày 31/5/2024", rows: [section, revenue, pigs],
            tallies: [.init(label: "Chưa đạt", cssClass: "label short", count: 1)],
            periodLinks: [("6 tháng đầu năm 2024", "/plans/1/progress/2024-H1", true)],
            downloads: [("Biểu tiến độ (Excel)", "/plans/1/progress/2024-H1/download.xlsx")])
    }
}
