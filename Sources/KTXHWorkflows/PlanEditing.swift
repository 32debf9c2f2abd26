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
/// it is saved; saving changes the plan in one audited transaction. The indicator is one of the catalogue's, or a
/// new one named with its unit, which is added to the catalogue in the same transaction.
public enum PlanTargetEdit {
    /// A new indicator as the planner names it: "Số hợp tác xã thành lập mới", "HTX".
    public struct NewIndicator: Sendable {
        public var name: String
        public var unit: String

        public init(name: String, unit: String) {
            self.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
            self.unit = unit.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// A rate when its unit is a percentage, a quantity otherwise.
        func indicator(in catalogue: [String: Indicator]) -> Indicator {
            let code = "ct-" + ReportingBody.slug(name)
            if let known = catalogue[code] { return known }
            return Indicator(code: code, name: name, unitOfMeasure: unit, kind: unit == "%" ? .rate : .quantity)
        }
    }

    public struct Proposal: Sendable {
        public var document: PlanDocument
        public var indicator: Indicator
        public var expression: TargetExpression
        /// The indicator to add to the catalogue, when it is new.
        public var added: Indicator?
    }

    /// What the engine reads in `text` for the indicator, and the plan as it would be saved.
    public static func proposal(
        store: Store, planID: Int64, indicatorCode: String, new: NewIndicator? = nil, text: String
    ) async throws -> Proposal {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let document = try await store.planDocument(id: planID) else {
            throw PlanCopy.Refusal(message: "Không tìm thấy kế hoạch.")
        }
        let catalogue = try await store.indicators()
        let indicator: Indicator
        var added: Indicator?
        if let new, !new.name.isEmpty {
            guard !new.unit.isEmpty else {
                throw PlanCopy.Refusal(message: "Chỉ tiêu mới «\(new.name)»: chưa nhập đơn vị tính.")
            }
            indicator = new.indicator(in: catalogue)
            if catalogue[indicator.code] == nil { added = indicator }
        } else {
            guard let known = catalogue[indicatorCode] else {
                throw PlanCopy.Refusal(message: "Chỉ tiêu «\(indicatorCode)» không có trong danh mục.")
            }
            indicator = known
        }
        guard !typed.isEmpty else {
            throw PlanCopy.Refusal(message: "Chưa nhập chỉ tiêu kế hoạch cho «\(indicator.name)».")
        }
        let changed = document.settingTarget(typed, of: indicator)
        let expression = changed.targets.first { $0.indicatorCode == indicator.code }?.expression ?? .parse(typed)
        return Proposal(document: changed, indicator: indicator, expression: expression, added: added)
    }

    /// Bỏ chỉ tiêu: the target taken out of the plan, audited as a target dropped. The indicator's figures stay: they
    /// belong to the unit and the period, not to the plan, and a target put back judges them again.
    public static func remove(store: Store, planID: Int64, indicatorCode: String, by actor: String, at now: Date)
        async throws -> String
    {
        guard var document = try await store.planDocument(id: planID) else {
            throw PlanCopy.Refusal(message: "Không tìm thấy kế hoạch.")
        }
        guard document.targets.contains(where: { $0.indicatorCode == indicatorCode }) else {
            throw PlanCopy.Refusal(message: "Kế hoạch không có chỉ tiêu «\(indicatorCode)».")
        }
        document.targets.removeAll { $0.indicatorCode == indicatorCode }
        try await store.apply(ChangeSet(plans: [document]), recordedAt: now, actor: actor)
        return try await store.indicators()[indicatorCode]?.name ?? indicatorCode
    }

    public static func save(
        store: Store, planID: Int64, indicatorCode: String, new: NewIndicator? = nil, text: String, by actor: String,
        at now: Date
    ) async throws -> Indicator {
        let proposal = try await proposal(store: store, planID: planID, indicatorCode: indicatorCode, new: new, text: text)
        let changes = ChangeSet(indicators: proposal.added.map { [$0] } ?? [], plans: [proposal.document])
        try await store.apply(changes, recordedAt: now, actor: actor)
        return proposal.indicator
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
