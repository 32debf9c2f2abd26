import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage

/// `ktxh synth`: loads a `SyntheticSpec`'s data set into a migrated database: the 2025 map (with 2024's units
/// and the successions), the indicators, a plan a year for every province and every commune with its targets, the
/// figures of every period (the year's first as an estimate, then the final figure), and a few figures entered as a
/// reporter enters them on the web, each with its audit row.
public enum SyntheticDataSet {
    public struct Summary: Hashable, Sendable, Codable {
        public var provinces = 0
        public var communes = 0
        public var silentCommunes = 0
        public var indicators = 0
        public var plans = 0
        public var targets = 0
        public var figures = 0
        public var webFigures = 0
    }

    /// Who enters the web figures: their audit rows name this account.
    public static let webReporter = "synth-nhap-lieu"
    static let plansPerTransaction = 100

    public static func load(
        _ spec: SyntheticSpec, into store: Store, progress: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> Summary {
        progress("Nạp bản đồ đơn vị hành chính 2025")
        try await UnitHistoryWorkflow.importUnits(store: store, files: [])
        let map = try ShippedData.adminUnits2025()
        let communes = selectedCommunes(map.filter { $0.code.count == 5 }, limit: spec.communes)
        let provinces = Array(Set(communes.compactMap(\.parentCode))).sorted()
        var summary = Summary(
            provinces: provinces.count, communes: communes.count, indicators: spec.indicators)
        let values = SyntheticValues(spec: spec)
        summary.silentCommunes = communes.indices.filter(values.isSilent).count
        try await store.save(indicators: (0..<spec.indicators).map { spec.indicator($0).catalogueEntry })

        let names = Dictionary(map.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let plans = SyntheticPlans(
            spec: spec, communes: communes.map(\.code), provinces: provinces, names: names, values: values)
        var batch: [PlanDocument] = []
        // Made a batch at a time: the whole country's plans hold a million targets.
        for document in plans.documents() {
            batch.append(document)
            summary.targets += document.targets.count
            if batch.count == plansPerTransaction {
                summary.plans += try await store.applyUntimed(ChangeSet(plans: batch)).plansCreated
                progress("Kế hoạch: \(summary.plans)/\(plans.count)")
                batch = []
            }
        }
        summary.plans += try await store.applyUntimed(ChangeSet(plans: batch)).plansCreated

        let web = webEntered(spec, communes: communes.map(\.code), values: values)
        let figures = SyntheticFigures(
            spec: spec, communes: communes.map(\.code), values: values, leaving: Set(web.map(\.key)))
        progress("Số liệu: \(figures.count) ô (xã × chỉ tiêu × kỳ), số cả năm có thêm số ước tính")
        let loaded = try await store.append(streaming: figures, recordedAt: recordedAt(spec)) { count in
            progress("Số liệu: đã ghi \(count)")
        }
        summary.figures = loaded.observationsAdded
        summary.webFigures = try await store.save(
            web, submit: true, by: webReporter, at: recordedAt(spec).addingTimeInterval(3_600), source: "web"
        ).saved
        summary.figures += summary.webFigures
        return summary
    }

    /// The first `limit` communes taken a province at a time, so that a small data set still spans provinces.
    static func selectedCommunes(_ all: [AdminUnit], limit: Int?) -> [AdminUnit] {
        guard let limit, limit < all.count else { return all }
        let byProvince = Dictionary(grouping: all) { $0.parentCode ?? "" }.sorted { $0.key < $1.key }.map(\.value)
        var result: [AdminUnit] = []
        var round = 0
        while result.count < limit {
            for communes in byProvince where round < communes.count && result.count < limit {
                result.append(communes[round])
            }
            round += 1
        }
        return result.sorted { $0.code < $1.code }
    }

    /// The last year's first-half figures of the first indicators of twenty reporting communes: entered on the web.
    static func webEntered(_ spec: SyntheticSpec, communes: [String], values: SyntheticValues) -> [FigureEdit] {
        guard spec.periods.contains(.half(1)) else { return [] }
        let period = Period(year: spec.lastYear, kind: .half(1))
        let reporting = communes.indices.filter { !values.isSilent($0) }.prefix(20)
        return reporting.flatMap { commune in
            (0..<min(2, spec.indicators)).filter { !values.isMissing(commune, $0, year: spec.lastYear, period: .half(1)) }
                .map { indicator in
                    FigureEdit(
                        key: FigureKey(
                            indicatorCode: spec.indicator(indicator).code, unitCode: communes[commune], period: period),
                        baseRevision: 0, value: values.value(commune, indicator, year: spec.lastYear, period: .half(1)),
                        kind: .actual, note: "Nhập trên trang web")
                }
        }
    }

    /// One fixed time, so that the same seed writes the same rows.
    static func recordedAt(_ spec: SyntheticSpec) -> Date {
        Date(timeIntervalSince1970: Double(spec.lastYear - 1970 + 1) * 365.25 * 86_400)
    }
}

/// The plans: one a year for every province and every commune, a target per indicator.
struct SyntheticPlans {
    let spec: SyntheticSpec
    let communes: [String]
    let provinces: [String]
    let names: [String: String]
    let values: SyntheticValues

    var count: Int { (communes.count + provinces.count) * spec.years }

    func documents() -> some Sequence<PlanDocument> {
        spec.yearRange.lazy.flatMap { year in
            [
                AnySequence(provinces.lazy.map { province(year: year, code: $0) }),
                AnySequence(communes.indices.lazy.map { commune(year: year, index: $0) }),
            ].joined()
        }
    }

    func commune(year: Int, index: Int) -> PlanDocument {
        let targets = (0..<spec.indicators).map { indicator in
            let target = values.target(index, indicator, year: year)
            return Target(
                indicatorCode: spec.indicator(indicator).code, text: target.text, expression: target.expression,
                position: indicator + 1)
        }
        return document(code: communes[index], year: year, targets: targets)
    }

    /// A province sets the same kind of targets on its own, not the sum of its communes'.
    func province(year: Int, code: String) -> PlanDocument {
        let targets = (0..<spec.indicators).map { indicator in
            let synthetic = spec.indicator(indicator)
            let text: String =
                switch synthetic.behaviour {
                case .cumulative(_, let growth, _): "Tăng \(VietnameseNumber.format(Decimal(Int(growth * 100))))% trở lên"
                case .rate: synthetic.direction == .down ? "Giảm 1 điểm %" : "Tăng 1 điểm %"
                case .level: "Tăng thêm 10 \(synthetic.unitOfMeasure)"
                }
            return Target(
                indicatorCode: synthetic.code, text: text,
                expression: TargetExpression.parse(text, unit: synthetic.unitOfMeasure),
                position: indicator + 1)
        }
        return document(code: code, year: year, targets: targets)
    }

    /// "HĐND phường Trúc Bạch", "HĐND tỉnh Tuyên Quang": the council of the unit, named as it names itself.
    func document(code: String, year: Int, targets: [Target]) -> PlanDocument {
        let name = names[code] ?? code
        let issuer = "HĐND " + (name.first.map { $0.lowercased() + name.dropFirst() } ?? name)
        return PlanDocument(
            plan: Plan(
                key: "synth-\(code)-\(year)", title: "Kế hoạch phát triển kinh tế - xã hội năm \(year) (tổng hợp)",
                number: "\(spec.seed)/NQ-TH", issuedOn: CalendarDay(year: year - 1, month: 12, day: 10), issuer: .council,
                issuerName: issuer, unitCode: code, term: .year(year)),
            sections: [], targets: targets)
    }
}

/// The figures, made one at a time in the order year, period, commune, indicator.
final class SyntheticFigures: ObservationStream, @unchecked Sendable {
    let spec: SyntheticSpec
    let communes: [String]
    let values: SyntheticValues
    let leaving: Set<FigureKey>
    // Only `next()` touches these, from the one task that reads the stream.
    private var position = 0
    private var pending: Observation?

    init(spec: SyntheticSpec, communes: [String], values: SyntheticValues, leaving: Set<FigureKey>) {
        self.spec = spec
        self.communes = communes
        self.values = values
        self.leaving = leaving
    }

    /// Positions to walk, not figures written (silent communes and gaps are skipped).
    var count: Int { spec.years * spec.periods.count * communes.count * spec.indicators }

    func next() throws -> Observation? {
        if let waiting = pending {
            pending = nil
            return waiting
        }
        while position < count {
            var (rest, indicator) = position.quotientAndRemainder(dividingBy: spec.indicators)
            let commune: Int
            (rest, commune) = rest.quotientAndRemainder(dividingBy: communes.count)
            let (yearIndex, periodIndex) = rest.quotientAndRemainder(dividingBy: spec.periods.count)
            position += 1
            let year = spec.yearRange.lowerBound + yearIndex
            let kind = spec.periods[periodIndex]
            guard !values.isSilent(commune), !values.isMissing(commune, indicator, year: year, period: kind) else {
                continue
            }
            let period = Period(year: year, kind: kind)
            let code = spec.indicator(indicator).code
            guard !leaving.contains(FigureKey(indicatorCode: code, unitCode: communes[commune], period: period)) else {
                continue
            }
            let actual = Observation(
                indicatorCode: code, unitCode: communes[commune], period: period,
                value: values.value(commune, indicator, year: year, period: kind), kind: .actual,
                source: "ktxh synth")
            guard kind == .year else { return actual }
            // The year's estimate comes first, the final figure after it.
            pending = actual
            var estimate = actual
            estimate.kind = .estimate
            estimate.value = values.estimate(commune, indicator, year: year)
            estimate.cutoff = CalendarDay(year: year, month: 11, day: 30)
            return estimate
        }
        return nil
    }
}
