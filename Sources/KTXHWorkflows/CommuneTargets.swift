import Foundation
import KTXHCore
import KTXHStorage

/// Giao chỉ tiêu cho xã: the targets a province (or any unit with communes) gives its communes for one indicator of
/// its plan, each typed as a resolution writes it. A commune's given targets live in its plan "from the level
/// above" (`Plan.Issuer.levelAbove`) for the same term, made when it has none, so the commune's own resolution is
/// never changed. Every commune changes in one audited transaction, or none does.
public enum CommuneTargets {
    /// The number of communes whose target changed. A commune left blank keeps what it has.
    public static func save(
        store: Store, planID: Int64, period: Period, indicatorCode: String, typed: [String: String], by actor: String,
        at now: Date
    ) async throws -> Int {
        guard let document = try await store.planDocument(id: planID) else {
            throw PlanCopy.Refusal(message: "Không tìm thấy kế hoạch.")
        }
        guard document.targets.contains(where: { $0.indicatorCode == indicatorCode }),
            let indicator = try await store.indicators()[indicatorCode]
        else { throw PlanCopy.Refusal(message: "Chỉ tiêu «\(indicatorCode)» không có trong kế hoạch.") }
        let communes = try await store.communeFigures(
            under: document.plan.unitCode, at: .endOfYear(period.lastYear), indicatorCodes: [indicatorCode], periods: [period]
        ).communes
        let known = Set(communes.map(\.code))
        if let stranger = typed.keys.sorted().first(where: { !known.contains($0) }) {
            throw PlanCopy.Refusal(message: "Đơn vị «\(stranger)» không phải xã, phường của \(document.plan.unitCode).")
        }
        let plans = try await store.planSummaries().filter { $0.term == document.plan.term && $0.issuer == .levelAbove }
        var changed: [PlanDocument] = []
        for commune in communes {
            guard let text = typed[commune.code]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                continue
            }
            // A figure the engine cannot read would judge nothing: refused, naming the commune and what was typed.
            if case .text = TargetExpression.parse(text, unit: indicator.unitOfMeasure).kind {
                throw PlanCopy.Refusal(
                    message: "\(commune.name): không đọc được chỉ tiêu «\(text)» (viết như nghị quyết, ví dụ «đạt 95%», "
                        + "«từ 120 tỷ đồng trở lên»).")
            }
            var given = try await givenPlan(for: commune, from: document.plan, existing: plans, store: store)
            guard given.targets.first(where: { $0.indicatorCode == indicatorCode })?.text != text else { continue }
            given = given.settingTarget(text, of: indicator)
            changed.append(given)
        }
        guard !changed.isEmpty else { return 0 }
        try await store.apply(ChangeSet(plans: changed), recordedAt: now, actor: actor)
        return changed.count
    }

    /// The commune's plan of targets given from above for the term, or a new one named after the plan that gives them.
    static func givenPlan(for commune: AdminUnit, from plan: Plan, existing: [PlanSummary], store: Store) async throws
        -> PlanDocument
    {
        if let summary = existing.first(where: { $0.unitCode == commune.code }),
            let document = try await store.planDocument(id: summary.id)
        {
            return document
        }
        let given = Plan(
            key: "\(plan.key)-giao-\(commune.code)", title: "Chỉ tiêu giao cho \(commune.name), \(plan.term.vietnameseName)",
            issuer: .levelAbove, issuerName: plan.issuerName, unitCode: commune.code, term: plan.term)
        return PlanDocument(plan: given, sections: [], targets: [])
    }
}
