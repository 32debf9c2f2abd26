import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import KTXHWeb
import KTXHWorkflows
import Testing

/// Giao chỉ tiêu cho xã: a province's planner gives its communes targets for one indicator on the communes page.
@Suite("Targets given to communes")
struct CommuneTargetsTests {
    @Test(
        "A planner gives targets to communes all at once; one unreadable target refuses all, naming the commune",
        arguments: TestDatabase.available)
    func give(_ kind: TestDatabase.Kind) async throws {
        try await WebTestApp.withSynthetic(kind, communes: 40) { web, spec in
            let period = Period.year(2025)
            let indicator = spec.indicator(0)
            var chosen: (PlanSummary, [AdminUnit])?
            for plan in try await web.store.planSummaries() where plan.unitCode.count == 2 {
                let communes = try await web.store.communeFigures(
                    under: plan.unitCode, at: .endOfYear(2025), indicatorCodes: [], periods: []
                ).communes
                if communes.count >= 2 {
                    chosen = (plan, communes)
                    break
                }
            }
            let (plan, communes) = try #require(chosen)
            let (first, second) = (communes[0], communes[1])
            let path = SiteRoute.communes(planID: plan.id, period: period).path
            let ownBefore = try await web.store.targets(indicatorCode: indicator.code, term: plan.term, unitCodes: [first.code])

            let viewer = try await web.signIn(.viewer)
            #expect(!(try await viewer.get(path).body.string.contains("giao-chi-tieu")))
            #expect(
                try await viewer.post(path, [("chi-tieu", indicator.code), ("giao-\(first.code)", "đạt 500")]).status
                    == .forbidden)

            let planner = try await web.signIn(.planner)
            let auditBefore = try await web.store.auditEntries().count
            #expect(try await planner.get(path + "?chi-tieu=\(indicator.code)").body.string.contains("giao-chi-tieu"))
            let refused = try await planner.post(
                path, [("chi-tieu", indicator.code), ("giao-\(first.code)", "đạt 500"), ("giao-\(second.code)", "khá")])
            #expect(refused.status == .unprocessableEntity)
            let page = refused.body.string
            #expect(page.contains(second.name) && page.contains("«khá»"))
            #expect(page.contains("value=\"đạt 500\""), "what was typed is kept")
            #expect(try await web.store.auditEntries().count == auditBefore, "nothing saved")
            #expect(try await web.store.planSummaries().allSatisfy { $0.issuer != .levelAbove })

            let saved = try await planner.post(
                path, [("chi-tieu", indicator.code), ("giao-\(first.code)", "đạt 500"), ("giao-\(second.code)", "≥ 320")])
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location)?.contains("da-giao=2") == true)
            let given = try await web.store.planSummaries().filter { $0.issuer == .levelAbove }
            #expect(Set(given.map(\.unitCode)) == [first.code, second.code])
            #expect(given.allSatisfy { $0.term == plan.term && $0.targetCount == 1 })
            // The communes are now judged against what they were given; their own resolutions are unchanged.
            let now = try await web.store.targets(
                indicatorCode: indicator.code, term: plan.term, unitCodes: [first.code, second.code])
            #expect(now[first.code]?.text == "đạt 500")
            #expect(now[second.code]?.expression.kind == .bound(.greaterOrEqual, 320))
            if let own = ownBefore[first.code],
                let ownPlan = try await web.store.planSummaries().first(where: {
                    $0.unitCode == first.code && $0.issuer != .levelAbove
                })
            {
                let document = try #require(try await web.store.planDocument(id: ownPlan.id))
                #expect(document.targets.first { $0.indicatorCode == indicator.code }?.text == own.text)
            }
            let audit = try await web.store.auditEntries()
            #expect(audit.count > auditBefore)
            #expect(audit.contains { $0.key == "\(plan.key)-giao-\(first.code)" && $0.actor == planner.account?.username })
            let shown = try await planner.get(path + "?chi-tieu=\(indicator.code)&da-giao=2").body.string
            #expect(shown.contains("Đã giao chỉ tiêu cho 2 xã, phường.") && shown.contains("đạt 500"))
            // The same targets again change nothing.
            let again = try await planner.post(
                path, [("chi-tieu", indicator.code), ("giao-\(first.code)", "đạt 500"), ("giao-\(second.code)", "")])
            #expect(again.headers.first(name: .location)?.contains("da-giao=0") == true)
        }
    }
}
