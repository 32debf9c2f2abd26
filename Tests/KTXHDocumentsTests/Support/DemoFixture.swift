import Foundation
import KTXHCore
import KTXHDemo
import KTXHDocuments
import KTXHImport

/// The demo data read from its files and built into tables without a database: Bắc Kạn city's plan for 2024
/// with its six-month figures (seed 001) and its plan for 2025 (seed 000).
enum DemoFixture {
    struct Plan {
        var document: PlanDocument
        var observations: [Observation]
        var unit: AdminUnit?
        var indicators: [String: Indicator]

        func table(_ period: Period, extra: [Observation] = []) -> ProgressTable {
            ProgressTable.build(
                plan: document.plan, unit: unit, sections: document.sections, targets: document.targets,
                indicators: indicators, observations: observations + extra, period: period)
        }
    }

    static func plan(_ key: String) throws -> Plan {
        let data = try DemoData.read()
        guard let imported = data.plans.first(where: { $0.document.plan.key == key }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        let unit = data.units.first { $0.code == imported.document.plan.unitCode }
        return Plan(
            document: imported.document, observations: imported.observations, unit: unit,
            indicators: data.catalogue.byCode)
    }

    static let firstHalf2024 = Period(year: 2024, kind: .half(1))

    /// Seed 001's table as a report, with the defaults a user gets.
    static func progressReport(extra: [Observation] = []) throws -> ProgressReport {
        let plan = try plan("058-2024")
        let table = plan.table(firstHalf2024, extra: extra)
        return ProgressReport(
            table: table,
            details: .defaults(plan: table.plan, unit: table.unit, period: firstHalf2024, kind: .progressReport))
    }
}
