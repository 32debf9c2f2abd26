import KTXHCore
import KTXHReading

/// Turns a `PlanTable` into the plan's targets and, when the table has a value column, the period's
/// figures: every row matched to the catalogue, every cell understood, or nothing.
public struct PlanTableImport: Sendable {
    public var document: PlanDocument
    public var observations: [Observation]
    /// Rows where the document's own "Đánh giá" differs from the engine's, for a person to look at.
    public var statedLabels: [(line: Int, indicatorCode: String, stated: String)]

    public static func make(
        table: PlanTable, plan: Plan, catalogue: Catalogue, period: Period?, cutoff: CalendarDay? = nil,
        reportedBy: String? = nil, file: String? = nil
    ) throws(ImportErrors) -> PlanTableImport {
        try make(
            table: table, plan: plan, period: period, cutoff: cutoff, reportedBy: reportedBy, file: file
        ) { item, _, _, _ in catalogue.match(item.name) }
    }

    /// The same, with the caller deciding which indicator each row is (`resolve` gets the row, its line,
    /// its section and the parent row's indicator code; nil means the row cannot be placed).
    public static func make(
        table: PlanTable, plan: Plan, period: Period?, cutoff: CalendarDay? = nil, reportedBy: String? = nil,
        file: String? = nil, places: [Int: String] = [:], resolve: (PlanTable.Item, Int, String?, String?) -> Indicator?
    ) throws(ImportErrors) -> PlanTableImport {
        var sections: [PlanSection] = []
        var targets: [Target] = []
        var observations: [Observation] = []
        var stated: [(Int, String, String)] = []
        var errors: [ImportError] = []
        var letter: String?
        var currentSection: String?
        var parentHasTarget = false
        var parentCode: String?
        var seen = Set<String>()
        let figures = FigureCells(
            table: table, unitCode: plan.unitCode, period: period, cutoff: cutoff, reportedBy: reportedBy, file: file,
            places: places)
        for (position, row) in table.rows.enumerated() {
            switch row.kind {
            case .section(let label, let title):
                let isRoman = label.allSatisfy { "IVX".contains($0) } && letter != nil
                if !isRoman { letter = label }
                let path = isRoman ? "\(letter ?? "").\(label)" : label
                currentSection = path
                sections.append(PlanSection(path: path, label: label, title: title, position: position))
            case .item(let item):
                guard let indicator = resolve(item, row.line, currentSection, item.isSubRow ? parentCode : nil) else {
                    errors.append(
                        ImportError(
                            file: file, sheet: table.sheet, line: row.line, column: table.columns[.name], field: "Chỉ tiêu",
                            value: item.name,
                            reason: "Chỉ tiêu chưa có trong danh mục"))
                    continue
                }
                guard seen.insert(indicator.code).inserted else {
                    errors.append(
                        ImportError(
                            file: file, sheet: table.sheet, line: row.line, column: table.columns[.name], field: "Chỉ tiêu",
                            value: item.name,
                            reason: "Chỉ tiêu xuất hiện hai lần trong bảng"))
                    continue
                }
                // A sub-row under a parent with its own target is a breakdown shown for reference
                // (seed 001 row 5); under a "trong đó:" heading it is the target itself (row 39).
                let role: Target.Role = item.isSubRow && parentHasTarget ? .reference : .binding
                if !item.isSubRow {
                    parentHasTarget = !item.plan.isEmpty
                    parentCode = indicator.code
                }
                targets.append(
                    Target(
                        indicatorCode: indicator.code, text: item.plan,
                        expression: item.expression,
                        label: item.number.isEmpty ? nil : item.number, position: position, section: currentSection,
                        role: role))
                do {
                    observations += try figures.observations(item, indicator: indicator, line: row.line)
                } catch {
                    errors += error.errors
                }
                if !item.statedLabel.isEmpty { stated.append((row.line, indicator.code, item.statedLabel)) }
            }
        }
        if !errors.isEmpty { throw ImportErrors(errors) }
        return PlanTableImport(
            document: PlanDocument(plan: plan, sections: sections, targets: targets), observations: observations,
            statedLabels: stated)
    }
}
