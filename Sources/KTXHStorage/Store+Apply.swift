import FluentKit
import Foundation
import KTXHCore
import SQLKit

/// What `Store.apply` did.
public struct ApplyResult: Hashable, Sendable, Codable {
    public var unitsSaved = 0
    public var indicatorsSaved = 0
    public var planIDs: [Int64] = []
    public var plansCreated = 0
    public var plansUpdated = 0
    public var observationsAdded = 0
    /// Figures identical to the latest stored version, not stored again.
    public var observationsRepeated = 0
    public var criteriaSetsSaved = 0
}

extension Store {
    /// Saves what records no time: units, indicators, plans without figures, with no audit row.
    @discardableResult
    public func applyUntimed(_ changes: ChangeSet) async throws -> ApplyResult {
        precondition(changes.observations.isEmpty, "figures are recorded at a time: use apply(_:recordedAt:)")
        return try await apply(changes, recordedAt: .distantPast)
    }

    /// Saves a whole change set in one transaction: units, then indicators, plans and figures.
    /// Any error rolls all of it back. With an `actor`, every plan, target and figure it changes is recorded in
    /// the audit trail in the same transaction (the demo's first load has none).
    @discardableResult
    public func apply(_ changes: ChangeSet, recordedAt: Date, actor: String? = nil) async throws -> ApplyResult {
        let stamp = ISO8601DateFormatter().string(from: recordedAt)
        var planEntries: [AuditEntry] = []
        if let actor { planEntries = try await planAuditEntries(changes.plans, actor: actor, at: recordedAt) }
        return try await transaction { [planEntries] sql in
            try await Self.record(planEntries, on: sql)
            var result = ApplyResult()
            for unit in changes.units { try await Self.upsert(unit, on: sql) }
            result.unitsSaved = changes.units.count
            // A set's sub-indicators become catalogue indicators, so that their figures can be recorded.
            let indicators = changes.criteriaSets.flatMap(\.catalogueIndicators) + changes.indicators
            for indicator in indicators { try await Self.upsert(indicator, on: sql) }
            result.indicatorsSaved = indicators.count
            for plan in changes.plans {
                let saved = try await Self.save(plan: plan, on: sql)
                result.planIDs.append(saved.id)
                if saved.created { result.plansCreated += 1 } else { result.plansUpdated += 1 }
            }
            var latest = Dictionary(
                try await Self.latestVersions(matching: changes.observations, on: sql).map { ($0.versionKey, $0) },
                uniquingKeysWith: { _, b in b })
            for observation in changes.observations {
                if let previous = latest[observation.versionKey], previous.repeats(observation) {
                    result.observationsRepeated += 1
                    continue
                }
                try await Self.insert(observation, stamp: stamp, on: sql)
                if let actor {
                    let entry = Self.importEntry(observation, after: latest[observation.versionKey], actor: actor, at: recordedAt)
                    try await Self.record([entry], on: sql)
                }
                latest[observation.versionKey] = observation
                result.observationsAdded += 1
            }
            for set in changes.criteriaSets { try await Self.save(set: set, on: sql) }
            result.criteriaSetsSaved = changes.criteriaSets.count
            try await Self.save(records: changes.criteriaRecords, on: sql)
            return result
        }
    }
}
