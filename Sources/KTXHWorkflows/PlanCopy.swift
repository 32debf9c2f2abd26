import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage

/// Copying a year's plan as the start of the next (`PlanDocument.copiedToNextYear`), in one transaction with its
/// audit under the planner's name. Never overwrites a plan. Who reports each indicator is set on the new plan's
/// assignments page (it starts from the catalogue's departments), so that the copy is saved whole or not at all.
public enum PlanCopy {
    public struct Refusal: Error, Sendable {
        public var message: String
    }

    /// The new plan's id.
    public static func nextYear(store: Store, planID: Int64, by actor: String, at now: Date) async throws -> Int64 {
        guard let document = try await store.planDocument(id: planID) else {
            throw Refusal(message: "Không tìm thấy kế hoạch.")
        }
        guard let copy = document.copiedToNextYear() else {
            throw Refusal(
                message: "Chỉ sao chép được kế hoạch của một năm; kế hoạch này là \(document.plan.term.vietnameseName).")
        }
        if try await store.planSummaries().contains(where: { $0.key == copy.plan.key }) {
            throw Refusal(
                message: "Đã có kế hoạch «\(copy.plan.key)» cho năm \(copy.plan.term.year): không sao chép đè lên kế hoạch đã có."
            )
        }
        let result = try await store.apply(ChangeSet(plans: [copy]), recordedAt: now, actor: actor)
        guard let id = result.planIDs.first else { throw Refusal(message: "Không lưu được bản sao kế hoạch.") }
        return id
    }
}

/// Đặt chỉ tiêu: a target typed in the browser as a resolution writes it, shown back as the engine reads it before
/// it is saved; saving changes the plan in one audited transaction.
public enum PlanTargetEdit {
    /// What the engine reads in `text` for the indicator, and the plan as it would be saved.
    public static func proposal(store: Store, planID: Int64, indicatorCode: String, text: String) async throws
        -> (document: PlanDocument, indicator: Indicator, expression: TargetExpression)
    {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let document = try await store.planDocument(id: planID) else {
            throw PlanCopy.Refusal(message: "Không tìm thấy kế hoạch.")
        }
        guard let indicator = try await store.indicators()[indicatorCode] else {
            throw PlanCopy.Refusal(message: "Chỉ tiêu «\(indicatorCode)» không có trong danh mục.")
        }
        guard !typed.isEmpty else {
            throw PlanCopy.Refusal(message: "Chưa nhập chỉ tiêu kế hoạch cho «\(indicator.name)».")
        }
        let changed = document.settingTarget(typed, of: indicator)
        let expression = changed.targets.first { $0.indicatorCode == indicator.code }?.expression ?? .parse(typed)
        return (changed, indicator, expression)
    }

    public static func save(
        store: Store, planID: Int64, indicatorCode: String, text: String, by actor: String, at now: Date
    ) async throws {
        let proposal = try await proposal(store: store, planID: planID, indicatorCode: indicatorCode, text: text)
        try await store.apply(ChangeSet(plans: [proposal.document]), recordedAt: now, actor: actor)
    }
}

extension ImportReview {
    /// The review with the plan's targets as the planner corrected them on the review page (indicator code →
    /// text as typed); a text left as read changes nothing.
    public func correctingTargets(_ typed: [String: String], catalogue: [String: Indicator]) -> ImportReview {
        guard var document = plan else { return self }
        let known = catalogue.merging(changes.indicators.map { ($0.code, $0) }) { _, new in new }
        for target in document.targets {
            guard let text = typed[target.indicatorCode]?.trimmingCharacters(in: .whitespacesAndNewlines),
                !text.isEmpty, text != target.text, let indicator = known[target.indicatorCode]
            else { continue }
            document = document.settingTarget(text, of: indicator)
        }
        var review = self
        review.plan = document
        review.changes.plans = changes.plans.map { $0.plan.key == document.plan.key ? document : $0 }
        return review
    }
}
