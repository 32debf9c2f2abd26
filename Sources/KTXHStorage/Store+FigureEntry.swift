import FluentKit
import Foundation
import KTXHCore
import SQLKit

extension Store {
    /// Saves a form's figures in one transaction: each changed value as a new `Observation` version, the
    /// note, flag and explanation on the figure's state, and every change in the audit trail. A figure
    /// changed by someone else since the form was loaded throws `WorkflowError.conflict`, a figure its
    /// reporter may no longer change throws `.locked`; either way nothing of the form is saved.
    /// With `submit`, the figures still open to their reporter are then sent for review in the same
    /// transaction. Returns how many figures changed and how many were sent.
    public func save(
        _ edits: [FigureEdit], submit: Bool, by actor: String, at now: Date, source: String
    ) async throws -> (saved: Int, submitted: Int) {
        try await transaction { sql in
            let saved = try await Self.save(edits, by: actor, at: now, source: source, on: sql)
            guard submit else { return (saved, 0) }
            var sendable: [FigureKey] = []
            for edit in edits where try await Self.figureState(edit.key, on: sql)?.status.isEditable == true {
                sendable.append(edit.key)
            }
            try await Self.move(sendable, .submit, by: actor, at: now, reason: "", on: sql)
            return (saved, sendable.count)
        }
    }

    /// Saves without sending: how many figures changed.
    @discardableResult
    public func save(_ edits: [FigureEdit], by actor: String, at now: Date, source: String) async throws -> Int {
        try await save(edits, submit: false, by: actor, at: now, source: source).saved
    }

    static func save(
        _ edits: [FigureEdit], by actor: String, at now: Date, source: String, on sql: any SQLDatabase
    ) async throws -> Int {
        var changed = 0
        for edit in edits {
            let state = try await Self.figureState(edit.key, on: sql)
            let versions = try await Self.versions(of: edit.key, on: sql)
            let latest = versions.last { $0.kind == edit.kind }
            let changes = edit.changes(from: state, latestOfKind: latest)
            guard !changes.isEmpty else { continue }
            if let state, !state.status.isEditable { throw WorkflowError.locked(edit.key, state.status) }
            let conflict = WorkflowError.conflict(
                edit.key, current: state ?? FigureState(key: edit.key, updatedAt: now, updatedBy: ""),
                value: Observation.current(in: versions))
            guard edit.baseRevision == (state?.revision ?? 0) else { throw conflict }
            if state == nil { try await Self.insertState(edit.key, at: now, by: actor, on: sql) }
            let stamp = Timestamp.text(now)
            let updated = try await Self.matching(edit.key, sql.update("figure_states"))
                .set("revision", to: SQLRaw("revision + 1")).set("note", to: edit.note)
                .set("follow_up", to: edit.followUp ? 1 : 0).set("cause", to: edit.cause)
                .set("remedy", to: edit.remedy).set("updated_at", to: stamp).set("updated_by", to: actor)
                .where("revision", .equal, edit.baseRevision).returning("revision").all()
            // Another transaction got there between our read and this write.
            guard !updated.isEmpty else { throw conflict }
            if let value = edit.value, value != latest?.value {
                let observation = Observation(
                    indicatorCode: edit.key.indicatorCode, unitCode: edit.key.unitCode, period: edit.key.period,
                    value: value, kind: edit.kind, cutoff: edit.cutoff, source: source, reportedBy: actor)
                try await Self.insert(observation, stamp: stamp, on: sql)
            }
            try await Self.record(
                changes.map {
                    AuditEntry(
                        at: now, actor: actor, entity: .figure, key: edit.key.description, action: "Lưu số liệu",
                        field: $0.field, oldValue: $0.old, newValue: $0.new)
                }, on: sql)
            changed += 1
        }
        return changed
    }

    static func insertState(_ key: FigureKey, at now: Date, by actor: String, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "figure_states")
            .columns(
                "indicator_code", "unit_code", "period", "status", "revision", "note", "follow_up", "cause", "remedy",
                "review_comment", "updated_at", "updated_by"
            )
            .values(
                SQLBind(key.indicatorCode), SQLBind(key.unitCode), SQLBind(key.period.code),
                SQLBind(FigureStatus.draft.rawValue), SQLBind(0), SQLBind(""), SQLBind(0), SQLBind(""), SQLBind(""),
                SQLBind(""), SQLBind(Timestamp.text(now)), SQLBind(actor)
            )
            .ignoringConflicts(with: ["indicator_code", "unit_code", "period"])
            .run()
    }
}
