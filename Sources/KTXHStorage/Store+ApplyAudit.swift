import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// What saving `plans` changes, as audit entries: a new plan, a changed title or number, each target added,
    /// changed or dropped. Read before the change is written.
    func planAuditEntries(_ plans: [PlanDocument], actor: String, at now: Date) async throws -> [AuditEntry] {
        let existing = try await planDocuments()
        var entries: [AuditEntry] = []
        for document in plans {
            let plan = document.plan
            let old = existing[plan.key]
            func entry(_ entity: AuditEntry.Entity, _ key: String, _ field: String, _ from: String, _ to: String) {
                guard from != to else { return }
                entries.append(
                    AuditEntry(
                        at: now, actor: actor, entity: entity, key: key,
                        action: old == nil ? "Nhập kế hoạch" : "Cập nhật kế hoạch", field: field, oldValue: from,
                        newValue: to))
            }
            entry(.plan, plan.key, "Tên kế hoạch", old?.plan.title ?? "", plan.title)
            entry(.plan, plan.key, "Số văn bản", old?.plan.number ?? "", plan.number ?? "")
            entry(.plan, plan.key, "Cơ quan ban hành", old?.plan.issuerName ?? "", plan.issuerName)
            let before = Dictionary(
                (old?.targets ?? []).map { ($0.indicatorCode, $0.text) }, uniquingKeysWith: { a, _ in a })
            let after = Dictionary(document.targets.map { ($0.indicatorCode, $0.text) }, uniquingKeysWith: { a, _ in a })
            for code in Set(before.keys).union(after.keys).sorted() {
                entry(.target, "\(plan.key) \(code)", "Chỉ tiêu", before[code] ?? "", after[code] ?? "")
            }
        }
        return entries
    }

    /// The audit entry of one figure an import adds, beside the version it follows.
    static func importEntry(_ observation: Observation, after previous: Observation?, actor: String, at now: Date)
        -> AuditEntry
    {
        AuditEntry(
            at: now, actor: actor, entity: .figure, key: FigureKey(observation).description, action: "Nhập từ tệp",
            field: observation.kind == .actual ? "Giá trị thực hiện" : "Giá trị ước thực hiện",
            oldValue: previous?.value.text ?? "", newValue: observation.value.text, reason: observation.source ?? "")
    }
}
