import Foundation
import KTXHCore
import KTXHDocuments
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows
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
            // Each indicator's pace beside its label; the early warnings one click away.
            #expect(body.contains("<th>Tiến độ</th>") && body.contains("Nguy cơ không đạt"))
            let warningsPath = SiteRoute.warnings(planID: plan.id, period: period).path
            #expect(body.contains("href=\"\(warningsPath)\""))
            let warnings = try await browser.get(warningsPath)
            #expect(warnings.status == .ok)
            let page = warnings.body.string
            #expect(page.contains("Cảnh báo sớm: Thành Phố Bắc Kạn, 6 tháng đầu năm 2024"))
            #expect(page.contains("Chỉ tiêu có nguy cơ không đạt kế hoạch (2)"))
            #expect(page.contains(">Thu ngân sách nhà nước trên địa bàn</a>: 45,7% so với nhịp dự kiến"))
            #expect(page.contains("Hạt Kiểm lâm</strong>: Tỷ lệ che phủ rừng"))
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
            let hasConverter = ChartImage.converter != nil
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

/// The communes of a province compared on one indicator, on the synthetic national data (a small part of it).
@Suite("Communes compared")
struct CommunesComparedTests {
    @Test(
        "Communes ranked, each judged against its own plan, and the province's figure as the roll-up makes it",
        arguments: TestDatabase.available)
    func ranked(_ kind: TestDatabase.Kind) async throws {
        try await WebTestApp.withSynthetic(kind, communes: 60) { web, spec in
            let browser = try await web.signIn(.viewer)
            let plans = try await web.store.planSummaries()
            let period = Period.year(2025)
            let indicator = spec.indicator(0)
            // The province with most communes in the data set (those with plans of their own).
            var best: (plan: PlanSummary, reported: Int)?
            for candidate in plans where candidate.unitCode.count == 2 {
                let found = try await DashboardWorkflow.communes(
                    store: web.store, planID: candidate.id, period: period, code: indicator.code)
                let reported = found?.comparison?.lines.filter { $0.current != nil }.count ?? 0
                if reported > (best?.reported ?? 0) { best = (candidate, reported) }
            }
            let plan = try #require(best?.plan)
            let province = plan.unitCode
            #expect((best?.reported ?? 0) >= 2)
            let dashboard = try await browser.get(SiteRoute.dashboard(planID: plan.id, period: period).path).body.string
            let path = SiteRoute.communes(planID: plan.id, period: period).path
            #expect(dashboard.contains(path))
            let res = try await browser.get(path + "?chi-tieu=\(indicator.code)")
            #expect(res.status == .ok)
            let body = res.body.string
            let found = try #require(
                try await DashboardWorkflow.communes(store: web.store, planID: plan.id, period: period, code: indicator.code))
            let comparison = try #require(found.comparison)
            // Every commune of the province on the 2025 map is listed, reported or not.
            let map = try await web.store.communeFigures(under: province, at: .endOfYear(2025), indicatorCodes: [], periods: [])
            #expect(comparison.lines.count == map.communes.count)
            // Ranked best first: a cumulative figure, highest first.
            let values = comparison.lines.compactMap { $0.current?.value.number }
            #expect(values == values.sorted(by: >))
            #expect(comparison.lines.first?.rank == 1)
            // Every reporting commune is judged against its own plan's target.
            #expect(comparison.lines.filter { $0.current != nil }.allSatisfy { $0.target != nil && $0.evaluation?.label != nil })
            // The province's figure is what the roll-up computes.
            let catalogue = try await web.store.indicators()
            let rolled = try await RollUpBenchmark.table(
                store: web.store, province: province, indicators: [try #require(catalogue[indicator.code])], period: period,
                day: .endOfYear(2025))
            #expect(comparison.combined == rolled.observations.first?.value)
            for line in comparison.lines.prefix(3) { #expect(body.contains(line.unit.name)) }
            #expect(body.contains("So sánh các xã, phường"))
        }
    }
}

/// The new pages' HTML pinned, from the demo's first half of 2024 (a fresh database: the same ids every run).
@Suite("Dashboard snapshots")
struct DashboardSnapshotTests {
    @Test func pages() async throws {
        try await WebTestApp.with { web in
            let plan = try #require(try await web.store.planSummaries().first { $0.key == "058-2024" })
            let period = try #require(Period("2024-H1"))
            let dashboard = try #require(try await DashboardWorkflow.dashboard(store: web.store, planID: plan.id, period: period))
            let snapshots = PageSnapshotTests()
            try snapshots.assertSnapshot(DashboardPage(dashboard, filter: .init()).view().render(), named: "dashboard")
            let code = try #require(dashboard.mostBehind().first?.row.indicator.code)
            let detail = try #require(
                try await DashboardWorkflow.indicator(store: web.store, planID: plan.id, period: period, code: code))
            try snapshots.assertSnapshot(IndicatorPage(detail).view().render(), named: "dashboard-indicator")
            let communes = try #require(
                try await DashboardWorkflow.communes(store: web.store, planID: plan.id, period: period, code: code))
            let page = CommunesPage(
                communes.comparison, indicators: communes.indicators, plan: communes.plan, unitName: "Thành phố Bắc Kạn",
                period: period)
            try snapshots.assertSnapshot(page.view().render(), named: "communes")
        }
    }
}

/// A plan's public page: off until a planner turns it on, then seen without login, approved figures only.
@Suite("Public page")
struct PublicPageTests {
    @Test(
        "Off by default; a planner turns it on; anyone then sees approved figures only, cacheable",
        arguments: TestDatabase.available)
    func publication(_ kind: TestDatabase.Kind) async throws {
        try await WebTestApp.with(kind) { web in
            let plan = try #require(try await web.store.planSummaries().first { $0.key == "058-2024" })
            let period = try #require(Period("2024-H1"))
            let path = SiteRoute.publicPlan(planID: plan.id, period: period).path
            #expect(try await web.anonymous.get(path).status == .notFound)
            // A figure entered but not approved: not on the public page.
            let table = try #require(try await web.store.progressTable(planID: plan.id, period: period))
            let row = try #require(table.indicatorRows.first { $0.current != nil && $0.indicator.kind == .quantity })
            let key = FigureKey(indicatorCode: row.indicator.code, unitCode: plan.unitCode, period: period)
            let states = try await web.store.figureStates(unitCode: plan.unitCode, period: period)
            _ = try await web.store.save(
                [
                    FigureEdit(
                        key: key, baseRevision: states[row.indicator.code]?.revision ?? 0, value: .number(98_765), kind: .actual)
                ],
                by: "nhap-lieu", at: WebTestApp.now, source: "web")

            let viewer = try await web.signIn(.viewer)
            #expect(try await viewer.post(SiteRoute.planPublication(id: plan.id).path, [("public", "1")]).status == .forbidden)
            let planner = try await web.signIn(.planner)
            let on = try await planner.post(SiteRoute.planPublication(id: plan.id).path, [("public", "1")])
            #expect(on.status == .seeOther)
            #expect(try await planner.get(SiteRoute.plan(id: plan.id).path).body.string.contains(path))
            let res = try await web.anonymous.get(path)
            #expect(res.status == .ok)
            #expect(res.headers.first(name: .cacheControl) == "public, max-age=300")
            let body = res.body.string
            #expect(body.contains("Vượt</span>: 3 chỉ tiêu"))
            #expect(!body.contains("98.765"), "an unapproved figure is not public")
            #expect(!body.contains("href=\"/plans/"), "no link into the app")
            #expect(!body.contains("nhap-lieu"))
            // Its charts download from the public address too, as SVG and PNG.
            let chart = SiteRoute.publicChart(planID: plan.id, period: period, file: "danh-gia.svg").path
            #expect(body.contains("href=\"\(chart)\""))
            let svg = try await web.anonymous.get(chart)
            #expect(svg.status == .ok && svg.body.string.hasPrefix("<svg"))
            #expect(svg.headers.first(name: .cacheControl) == "public, max-age=300")
            let audit = try await web.store.auditEntries()
            #expect(audit.contains { $0.field == "Trang công khai" && $0.newValue == "Công khai" })
            _ = try await planner.post(SiteRoute.planPublication(id: plan.id).path, [("public", "0")])
            #expect(try await web.anonymous.get(path).status == .notFound)
            #expect(try await web.anonymous.get(chart).status == .notFound)
        }
    }
}

/// A year's plan copied as the start of the next, from the plan page.
@Suite("Plan copied to next year")
struct PlanCopyTests {
    @Test(
        "A planner copies 2025's plan to 2026 with its targets and audit; a year already planned is refused",
        arguments: TestDatabase.available)
    func copy(_ kind: TestDatabase.Kind) async throws {
        try await WebTestApp.with(kind) { web in
            let plans = try await web.store.planSummaries()
            let plan2024 = try #require(plans.first { $0.key == "058-2024" })
            let plan2025 = try #require(plans.first { $0.key == "058-2025" })
            let viewer = try await web.signIn(.viewer)
            #expect(try await viewer.post(SiteRoute.planCopy(id: plan2025.id).path).status == .forbidden)
            let planner = try await web.signIn(.planner)
            #expect(try await planner.get(SiteRoute.plan(id: plan2025.id).path).body.string.contains("kế hoạch năm 2026"))
            // 2024's plan would become 058-2025, which exists: refused, nothing saved.
            let refused = try await planner.post(SiteRoute.planCopy(id: plan2024.id).path)
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("Đã có kế hoạch «058-2025»"))
            #expect(try await web.store.planSummaries().count == plans.count)

            let copied = try await planner.post(SiteRoute.planCopy(id: plan2025.id).path)
            #expect(copied.status == .seeOther)
            let after = try await web.store.planSummaries()
            let new = try #require(after.first { $0.key == "058-2026" })
            #expect(copied.headers.first(name: .location) == SiteRoute.plan(id: new.id).path)
            let original = try #require(try await web.store.planDocument(id: plan2025.id))
            let copy = try #require(try await web.store.planDocument(id: new.id))
            #expect(copy.plan.term == .year(2026) && copy.plan.number == nil)
            #expect(copy.targets == original.targets && copy.sections == original.sections)
            #expect(copy.plan.title.contains("năm 2026") || copy.plan.title.hasSuffix("(năm 2026)"))
            let audit = try await web.store.auditEntries().filter { $0.key.hasPrefix("058-2026") }
            #expect(!audit.isEmpty && audit.allSatisfy { $0.actor == planner.account?.username })
        }
    }
}

/// A target typed by hand on the plan page: shown back as the engine reads it, then saved and audited.
@Suite("Target typed by hand")
struct TargetEditTests {
    @Test("Preview shows how the target is read and saves nothing; saving changes the plan and the audit")
    func typed() async throws {
        try await WebTestApp.with { web in
            let plan = try #require(try await web.store.planSummaries().first { $0.key == "058-2025" })
            let before = try #require(try await web.store.planDocument(id: plan.id))
            let planner = try await web.signIn(.planner)
            let catalogue = try await web.store.indicators()
            // An indicator of the catalogue that the plan does not have yet.
            let indicator = try #require(
                catalogue.values.filter { $0.kind == .count && !before.targets.map(\.indicatorCode).contains($0.code) }
                    .min { $0.code < $1.code })
            let path = SiteRoute.planTarget(id: plan.id).path
            let preview = try await planner.post(
                path, [("indicator", indicator.code), ("text", "≥ 4.000"), ("intent", "preview")])
            #expect(preview.status == .ok)
            #expect(preview.body.string.contains("«≥ 4.000» được hiểu là: ≥ 4.000"))
            #expect(try await web.store.planDocument(id: plan.id) == before, "a preview saves nothing")
            let empty = try await planner.post(path, [("indicator", indicator.code), ("text", " "), ("intent", "save")])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Chưa nhập chỉ tiêu kế hoạch"))

            let saved = try await planner.post(path, [("indicator", indicator.code), ("text", "≥ 4.000"), ("intent", "save")])
            #expect(saved.status == .seeOther)
            let after = try #require(try await web.store.planDocument(id: plan.id))
            #expect(after.targets.count == before.targets.count + 1)
            let target = try #require(after.targets.first { $0.indicatorCode == indicator.code })
            #expect(target.text == "≥ 4.000" && target.expression.referenceValue == 4_000)
            let audit = try await web.store.auditEntries().filter { $0.actor == planner.account?.username }
            #expect(audit.contains { $0.entity == .target && $0.newValue.contains("4.000") })
            #expect(try await planner.get(saved.headers.first(name: .location) ?? "").body.string.contains("Đã lưu chỉ tiêu"))

            // A new indicator named with its unit: added to the catalogue with the plan's target, in one save.
            let name = "Số câu lạc bộ văn hóa thành lập mới"
            let noUnit = try await planner.post(path, [("newName", name), ("newUnit", ""), ("text", "5"), ("intent", "save")])
            #expect(noUnit.status == .unprocessableEntity && noUnit.body.string.contains("chưa nhập đơn vị tính"))
            let added = try await planner.post(
                path, [("indicator", ""), ("newName", name), ("newUnit", "CLB"), ("text", "≥ 5"), ("intent", "save")])
            #expect(added.status == .seeOther)
            let new = try #require(try await web.store.indicators().values.first { $0.name == name })
            #expect(new.unitOfMeasure == "CLB")
            let withNew = try #require(try await web.store.planDocument(id: plan.id))
            #expect(withNew.targets.first { $0.indicatorCode == new.code }?.expression.referenceValue == 5)
        }
    }

    @Test("Removing a target is asked, then confirmed and audited; the figures entered for it stay")
    func removal() async throws {
        try await WebTestApp.with { web in
            let plan = try #require(try await web.store.planSummaries().first { $0.key == "058-2024" })
            let period = try #require(Period("2024-H1"))
            let planner = try await web.signIn(.planner)
            let path = SiteRoute.planTarget(id: plan.id).path
            let before = try #require(try await web.store.planDocument(id: plan.id))
            let reported = try #require(
                try await web.store.progressTable(planID: plan.id, period: period)?.indicatorRows.first { $0.current != nil }?
                    .indicator)
            let asked = try await planner.post(path, [("indicator", reported.code), ("intent", "remove")])
            #expect(asked.status == .ok && asked.body.string.contains("Xác nhận bỏ chỉ tiêu"))
            #expect(try await web.store.planDocument(id: plan.id) == before, "asking removes nothing")
            let removed = try await planner.post(path, [("indicator", reported.code), ("intent", "remove-confirm")])
            #expect(removed.status == .seeOther)
            let without = try #require(try await web.store.planDocument(id: plan.id))
            #expect(without.targets.count == before.targets.count - 1)
            #expect(!without.targets.contains { $0.indicatorCode == reported.code })
            let trail = try await web.store.auditEntries()
            #expect(trail.contains { $0.entity == .target && $0.key.hasSuffix(reported.code) && $0.newValue.isEmpty })
            let figures = try await web.store.observations(unitCode: plan.unitCode, periods: [period])
            #expect(figures.contains { $0.indicatorCode == reported.code }, "the figures entered stay")
            let gone = try await planner.post(path, [("indicator", reported.code), ("intent", "remove-confirm")])
            #expect(gone.status == .unprocessableEntity && gone.body.string.contains("Kế hoạch không có chỉ tiêu"))
        }
    }
}
