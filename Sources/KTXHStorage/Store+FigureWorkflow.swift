import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// Moves figures one step (submit, approve, return, reopen) in one transaction, recording each step with
    /// `reason` (the reviewer's comment, the reason for reopening). A figure for which the step does not
    /// apply throws `WorkflowError.notAllowed` and nothing changes. Returns the number moved.
    @discardableResult
    public func move(
        _ keys: [FigureKey], _ action: FigureStatus.Action, by actor: String, at now: Date, reason: String = ""
    ) async throws -> Int {
        try await transaction { sql in
            try await Self.move(keys, action, by: actor, at: now, reason: reason, on: sql)
            return keys.count
        }
    }

    static func move(
        _ keys: [FigureKey], _ action: FigureStatus.Action, by actor: String, at now: Date, reason: String,
        on sql: any SQLDatabase
    ) async throws {
        for key in keys {
            guard let state = try await Self.figureState(key, on: sql) else {
                throw WorkflowError.notAllowed(key, .draft, action)
            }
            guard let next = state.status.after(action) else {
                throw WorkflowError.notAllowed(key, state.status, action)
            }
            let stamp = Timestamp.text(now)
            var update = Self.matching(key, sql.update("figure_states"))
                .set("status", to: next.rawValue).set("revision", to: SQLRaw("revision + 1"))
                .set("updated_at", to: stamp).set("updated_by", to: actor)
            switch action {
            case .submit: update = update.set("submitted_at", to: stamp)
            case .return: update = update.set("review_comment", to: reason)
            case .approve:
                let latest = try await Self.matching(
                    key,
                    sql.select().column(SQLFunction("MAX", args: "id"), as: "id")
                        .from("observations")
                ).first()?.decode(column: "id", as: Int64?.self)
                update = update.set("approved_at", to: stamp).set("approved_observation_id", to: latest)
                    .set("reopened_at", to: SQLLiteral.null).set("review_comment", to: "")
            case .reopen: update = update.set("reopened_at", to: stamp)
            case .save: break
            }
            let updated = try await update.where("revision", .equal, state.revision).returning("revision").all()
            guard !updated.isEmpty else {
                throw WorkflowError.conflict(key, current: state, value: nil)
            }
            try await Self.record(
                [
                    AuditEntry(
                        at: now, actor: actor, entity: .figure, key: key.description,
                        action: Self.actionName(action), field: "Trạng thái",
                        oldValue: state.status.vietnameseName, newValue: next.vietnameseName, reason: reason)
                ], on: sql)
        }
    }

    static func actionName(_ action: FigureStatus.Action) -> String {
        switch action {
        case .save: "Lưu số liệu"
        case .submit: "Gửi duyệt"
        case .approve: "Duyệt"
        case .return: "Trả lại"
        case .reopen: "Mở lại để sửa"
        }
    }
}
