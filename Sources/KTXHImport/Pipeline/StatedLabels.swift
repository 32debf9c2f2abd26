import KTXHCore
import KTXHReading

/// Where the document's own "Đánh giá" differs from the engine's judgement of the same row.
enum StatedLabels {
    static func disagreements(
        _ imported: PlanTableImport, review: ImportReview, context: ImportContext, fileName: String
    ) -> [ImportError] {
        guard let plan = review.plan, let period = review.period, !imported.statedLabels.isEmpty else { return [] }
        var indicators = context.indicators
        for indicator in review.changes.indicators { indicators[indicator.code] = indicator }
        let table = ProgressTable.build(
            plan: plan.plan, unit: review.unit, sections: plan.sections, targets: plan.targets, indicators: indicators,
            observations: imported.observations, period: period)
        let judged = Dictionary(
            table.indicatorRows.map { ($0.indicator.code, $0.evaluation?.label?.rawValue ?? "") },
            uniquingKeysWith: { a, _ in a })
        return imported.statedLabels.compactMap { line, code, stated in
            let engine = judged[code] ?? ""
            guard !engine.hasPrefix(stated) else { return nil }
            return ImportError(
                file: fileName, line: line, field: "Đánh giá", value: stated,
                reason: "Văn bản tự đánh giá khác với ktxh («\(engine.isEmpty ? "không đánh giá" : engine)»)")
        }
    }
}
