import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHStorage

/// The demo data set: the seeds' plans and Bắc Kạn city's six-month progress, shipped as files in
/// `Data/` and loaded through the same importers a user's files go through.
public enum DemoData {
    public struct Summary: Sendable, Codable, Hashable {
        public var units: Int
        public var indicators: Int
        public var plans: Int
        public var targets: Int
        public var observations: Int
        public var criteriaSets: Int
    }

    /// Reads every demo file; throws, changing nothing, if any of them is not understood.
    public static func read() throws -> (units: [AdminUnit], catalogue: Catalogue, plans: [PlanTableImport]) {
        let units = try AdminUnitList.read(try text("units.csv"), file: "units.csv")
        let catalogue = try catalogue()
        let manifests = try JSONDecoder().decode([PlanManifest].self, from: Data(try text("plans.json").utf8))
        var plans: [PlanTableImport] = []
        for manifest in manifests {
            guard let term = Period(manifest.term), let issuer = Plan.Issuer(rawValue: manifest.issuer) else {
                throw ImportError(file: "plans.json", value: manifest.key, reason: "Kỳ hoặc cơ quan ban hành không hợp lệ")
            }
            let plan = Plan(
                key: manifest.key, title: manifest.title, number: manifest.number,
                issuedOn: manifest.issuedOn.flatMap(CalendarDay.init), issuer: issuer,
                issuerName: manifest.issuerName, unitCode: manifest.unit, term: term)
            let table = try PlanTable.read(TSV(try text(manifest.table)), file: manifest.table)
            let progress = manifest.progress?.first
            let period = progress.flatMap { Period($0.period) }
            var imported = try PlanTableImport.make(
                table: table, plan: plan, catalogue: catalogue, period: period,
                cutoff: progress?.cutoff.flatMap(CalendarDay.init), reportedBy: progress?.reportIssuer,
                file: manifest.table)
            if let progress, let period, let file = progress.observations {
                imported.observations += try FigureSheet.read(
                    TSV(try text(file)), unitCode: plan.unitCode, period: period, catalogue: catalogue,
                    reportedBy: progress.reportIssuer, file: file)
            }
            plans.append(imported)
        }
        return (units, catalogue, plans)
    }

    /// The demo localities' own indicators (the province's `tinh.*`, Hồng Lĩnh's `hl.*`), which no other
    /// locality would match against, then the national catalogue: a name the locality's own catalogue knows
    /// is its own, as it is for an import into a database that holds them.
    public static func catalogue() throws -> Catalogue {
        var catalogue = Catalogue(try ownIndicators())
        for indicator in try ShippedData.nationalCatalogue().indicators { catalogue.add(indicator) }
        return catalogue
    }

    /// The indicators only the demo's localities use.
    public static func ownIndicators() throws -> [Indicator] {
        try Catalogue.read(TSV(try text("demo-indicators.tsv")), file: "demo-indicators.tsv").indicators
    }

    /// Loads the demo into `store` (migrated) in one transaction, recorded at `now`, reporting each step through `progress`.
    @discardableResult
    public static func load(into store: Store, at now: Date, progress: (String) -> Void = { _ in }) async throws -> Summary {
        let data = try read()
        progress("Đơn vị hành chính: \(data.units.count), danh mục chỉ tiêu: \(data.catalogue.indicators.count)")
        for plan in data.plans {
            progress(
                "Kế hoạch \(plan.document.plan.key): \(plan.document.targets.count) chỉ tiêu, \(plan.observations.count) số liệu")
        }
        let criteria = try readCriteria()
        progress("Bộ tiêu chí: \(criteria.sets.count), số liệu tiêu chí: \(criteria.figures.count)")
        let changes = ChangeSet(
            units: data.units, indicators: data.catalogue.indicators, plans: data.plans.map(\.document),
            observations: data.plans.flatMap(\.observations) + criteria.figures, criteriaSets: criteria.sets,
            criteriaRecords: criteria.records)
        let result = try await store.apply(changes, recordedAt: now)
        return Summary(
            units: data.units.count, indicators: data.catalogue.indicators.count, plans: data.plans.count,
            targets: data.plans.map(\.document.targets.count).reduce(0, +), observations: result.observationsAdded,
            criteriaSets: result.criteriaSetsSaved)
    }

    /// Seed 003: the shipped criteria sets, the two communes' 2011 and 2020 figures, the recognition decisions,
    /// the results the report states and the 2021-2025 roadmap.
    public static func readCriteria() throws -> (sets: [CriteriaSet], figures: [Observation], records: CriteriaRecords) {
        let sets = try ShippedData.criteriaSets()
        let figures = try CriteriaFigureSheet.read(
            TSV(try text("ntm-values-058.tsv")), reportedBy: "UBND thành phố Bắc Kạn", file: "ntm-values-058.tsv")
        let records = try CriteriaRecordsReader.read(try text("ntm-058.yaml"), file: "ntm-058.yaml")
        return (sets, figures, records)
    }

    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Data") else {
            throw ImportError(file: name, reason: "Không tìm thấy tệp dữ liệu mẫu")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
