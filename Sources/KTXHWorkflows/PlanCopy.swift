import Foundation
import KTXHCore
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
