import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage

/// Criteria use cases: evaluate a unit or the communes of a higher unit under the set in force, load a set.
public enum CriteriaWorkflow {
    /// Evaluates `unitCode` for `year` under `setKey`, or under the set in force for the unit and year.
    public static func evaluate(
        store: Store, unitCode: String, year: Int, setKey: String? = nil, variant: String? = nil
    ) async throws -> UnitCriteriaReport {
        let sets = try await store.criteriaSets()
        let day = endOfYear(year)
        let chain = try await store.scopeChain(code: unitCode, at: day)
        let figures = try await store.observations(unitCodes: [unitCode], periods: [.year(year)])
        let records = try await store.criteriaRecords(unitCodes: [unitCode])
        let unit = try await store.unitOrCurrent(code: unitCode, at: day)
        return try report(
            unitCode: unitCode, unit: unit, year: year, sets: sets, chain: chain, setKey: setKey, variant: variant,
            figures: figures, records: records)
    }

    /// Evaluates every commune (xã) under `parentCode` as it was at the end of `year`: one query for all their figures.
    public static func matrix(store: Store, parentCode: String, year: Int, setKey: String? = nil) async throws
        -> CriteriaMatrix
    {
        let day = endOfYear(year)
        let sets = try await store.criteriaSets()
        let communes = try await store.children(of: parentCode, at: day).filter { $0.kindName == "xã" }
        let codes = communes.map(\.code)
        let figures = try await store.observations(unitCodes: codes, periods: [.year(year)])
        let records = try await store.criteriaRecords(unitCodes: codes + [parentCode])
        let parentChain = try await store.scopeChain(code: parentCode, at: day)
        var reports: [UnitCriteriaReport] = []
        let reporting = Set(figures.map(\.unitCode))
        for commune in communes where reporting.contains(commune.code) {
            reports.append(
                try report(
                    unitCode: commune.code, unit: commune, year: year, sets: sets, chain: [commune.code] + parentChain,
                    setKey: setKey, variant: nil, figures: figures.filter { $0.unitCode == commune.code },
                    records: records))
        }
        let summary = CriteriaSummary(parentCode: parentCode, year: year, evaluations: reports.map(\.evaluation))
        return CriteriaMatrix(
            parent: try await store.unitOrCurrent(code: parentCode, at: day), parentCode: parentCode,
            year: year, reports: reports, unreported: communes.filter { !reporting.contains($0.code) }, summary: summary,
            discrepancies: summary.discrepancies(with: records.statedCounts))
    }

    static func report(
        unitCode: String, unit: AdminUnit?, year: Int, sets: [CriteriaSet], chain: [String], setKey: String?,
        variant: String?, figures: [Observation], records: CriteriaRecords
    ) throws -> UnitCriteriaReport {
        // A set asked for by key is that set or an error, never the one in force instead.
        let chosen =
            if let setKey { sets.first { $0.key == setKey } } else {
                CriteriaSet.inForce(sets, year: year, scopeChain: chain)
            }
        guard let set = chosen else {
            if let setKey { throw StorageError("Không có bộ tiêu chí «\(setKey)». Xem «ktxh criteria sets».") }
            throw StorageError("Không có bộ tiêu chí nào có hiệu lực năm \(year) cho đơn vị \(unitCode).")
        }
        let current = Dictionary(
            grouping: figures.filter { $0.unitCode == unitCode && $0.period == .year(year) }, by: \.indicatorCode
        )
        .compactMapValues { Observation.current(in: $0) }
        let evaluation = CriteriaEvaluator.evaluate(set, unitCode: unitCode, year: year, figures: current, variant: variant)
        let stated = records.statedResults.filter { $0.unitCode == unitCode && $0.year == year }
        var discrepancies = stated.flatMap { evaluation.discrepancies(with: $0) }
        for item in evaluation.indicators {
            for detail in item.discrepancies {
                discrepancies.append(
                    CriteriaDiscrepancy(
                        subject: "Chỉ tiêu \(item.number)", stated: item.value?.source ?? "", computed: detail,
                        detail: "Số liệu tự mâu thuẫn", source: "Số liệu của đơn vị"))
            }
        }
        return UnitCriteriaReport(
            unit: unit, unitCode: unitCode, year: year, set: set, evaluation: evaluation,
            recognitions: records.recognitions.filter { $0.unitCode == unitCode && $0.tier == set.tier && $0.year <= year },
            stated: stated, discrepancies: discrepancies)
    }

    /// Reads a criteria-set file and saves it (replacing the set with the same key) in one transaction.
    @discardableResult
    public static func loadSet(store: Store, text: String, file: String) async throws -> CriteriaSet {
        let set = try CriteriaSetReader.read(text, file: file)
        try await store.applyUntimed(ChangeSet(criteriaSets: [set]))
        return set
    }

    static func endOfYear(_ year: Int) -> CalendarDay {
        CalendarDay.endOfYear(year)
    }
}

extension CriteriaWorkflow {
    /// A roadmap line with its unit's name and the result of its year, where figures exist.
    public struct RoadmapLine: Hashable, Sendable {
        public var entry: RoadmapEntry
        public var unitName: String
        public var result: String
    }

    /// The roadmap of a higher unit and its communes, year by year, plan against result.
    public static func roadmap(store: Store, parentCode: String) async throws -> [RoadmapLine] {
        let communes = try await store.children(of: parentCode, at: CalendarDay.endOfYear(2020))
        let names = Dictionary(uniqueKeysWithValues: ([parentCode] + communes.map(\.code)).map { ($0, $0) })
            .merging(Dictionary(uniqueKeysWithValues: communes.map { ($0.code, $0.name) })) { _, b in b }
        let records = try await store.criteriaRecords(unitCodes: [parentCode] + communes.map(\.code))
        let sets = try await store.criteriaSets()
        var lines: [RoadmapLine] = []
        for entry in records.roadmap.sorted(by: { ($0.year, $0.unitCode) < ($1.year, $1.unitCode) }) {
            var result: UnitCriteriaEvaluation?
            if entry.goal != .villages,
                let set = CriteriaSet.inForce(
                    sets, year: entry.year, scopeChain: [entry.unitCode, parentCode], tier: entry.tier),
                !set.criteria.isEmpty
            {
                let figures = try await store.observations(unitCodes: [entry.unitCode], periods: [.year(entry.year)])
                let current = Dictionary(grouping: figures, by: \.indicatorCode).compactMapValues { Observation.current(in: $0) }
                if !current.isEmpty {
                    result = CriteriaEvaluator.evaluate(set, unitCode: entry.unitCode, year: entry.year, figures: current)
                }
            }
            let name = try await store.unit(code: entry.unitCode)?.name ?? names[entry.unitCode] ?? entry.unitCode
            lines.append(RoadmapLine(entry: entry, unitName: name, result: entry.compare(with: result)))
        }
        return lines
    }
}
