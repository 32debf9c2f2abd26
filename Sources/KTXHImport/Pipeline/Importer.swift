import KTXHCore
import KTXHReading

/// Builds the review of a plan or progress table file: every row matched, every cell understood, the
/// plan and the unit recognised. A resolution without a table gives its prose targets as the table
/// (`ProseTable`). Pure: the caller reads the context from the database and saves `review.changes` in
/// one transaction when `review.canApply`.
public enum Importer {
    public static func review(_ file: ImportFile, options: ImportOptions, context: ImportContext) -> ImportReview {
        var review = ImportReview(
            file: file.name, header: DocumentHeader(), plan: nil, planIsNew: false, unit: nil, period: nil, matches: [],
            changes: ChangeSet(), problems: [], notes: [], findings: ConsistencyCheck.findings(in: file.checkedText))
        let choice = TableChoice(file, choices: options.columns)
        review.notes += choice.notes
        guard choice.problems.isEmpty else {
            review.header = DocumentHeader.read(file.text)
            review.problems += choice.problems
            return review
        }
        let prose = choice.table == nil && file.kind != .xlsx ? ProseTable.read(file.text) : nil
        guard let table = choice.table ?? prose else {
            review.header = DocumentHeader.read(file.text)
            review.problems.append(
                ImportError(
                    file: file.name,
                    reason: "Không tìm thấy bảng chỉ tiêu (cần dòng tiêu đề có cột «Chỉ tiêu» và «Kế hoạch» hoặc «Thực hiện»), "
                        + "cũng không thấy chỉ tiêu nào trong lời văn của nghị quyết: không có gì để nhập"))
            return review
        }
        review.questions = table.questions
        let text = file.kind == .xlsx ? textAbove(table, in: file) : file.text
        let header = DocumentHeader.read(text, tableLine: file.kind == .xlsx || prose != nil ? nil : table.headerLine)
        review.header = header
        let existing = options.planKey.flatMap { context.plans[$0] }
        guard let unit = resolveUnit(options: options, header: header, existing: existing, context: context) else {
            review.problems.append(
                ImportError(
                    file: file.name, value: header.issuerCandidates.first ?? header.unitCandidates.first,
                    reason: "Không xác định được đơn vị hành chính của bảng; hãy chỉ rõ bằng --unit MÃ"))
            return review
        }
        review.unit = unit
        let places = SeriesNotes.placeUnits(table, under: unit, context: context)
        review.notes += SeriesNotes.places(table, placed: places, file: file.name)
        let hasValues = table.columns[.value] != nil || table.columns[.previous] != nil || !places.isEmpty
        let period = options.period ?? (hasValues ? header.period ?? table.valueYear : nil)
        if hasValues && period == nil {
            review.problems.append(
                ImportError(
                    file: file.name,
                    reason: "Bảng có cột số liệu nhưng không rõ kỳ báo cáo; hãy chỉ rõ bằng --period (ví dụ 2024-H1)"))
            return review
        }
        guard
            let year = existing?.plan.term.year ?? options.year ?? table.planYear
                ?? SeriesNotes.lastYear(table) ?? header.year ?? period?.year
        else {
            review.problems.append(ImportError(file: file.name, reason: "Không rõ năm kế hoạch; hãy chỉ rõ bằng --year"))
            return review
        }
        review.period = period
        let key = options.planKey ?? "\(unit.code)-\(year)"
        let plan = context.plans[key]?.plan ?? newPlan(key: key, unit: unit, year: year, header: header, file: file.name)
        var resolver = RowResolver(context: context, confirm: options.confirmProbableMatches)
        do {
            let imported = try PlanTableImport.make(
                table: table, plan: plan, period: period, cutoff: header.cutoff,
                reportedBy: options.reportedBy ?? header.issuer, file: file.name, places: places.mapValues(\.code)
            ) { item, line, section, parent in resolver.resolve(item, line: line, section: section, parent: parent) }
            review.matches = resolver.matches
            var observations = imported.observations
            if let period, file.kind != .xlsx {
                // A clause is about the indicator it names best among all those known ("BHXH bắt buộc: 9.166/9.257"
                // is social insurance even when the plan has only health insurance); only the plan's are kept.
                let planned = Set(resolver.matches.map(\.indicator.code))
                let others = (Array(context.indicators.values) + context.standard.indicators).filter {
                    !planned.contains($0.code)
                }
                let figures = TextFigures.extract(
                    file.text, before: table.headerLine, indicators: resolver.matches.map(\.indicator) + others
                ).filter { planned.contains($0.indicator.code) }
                let targets = context.plans[key]?.targets ?? imported.document.targets
                let found = TextFigures.observations(
                    figures, targets: targets, tableFigures: imported.observations, unitCode: unit.code, period: period,
                    reportedBy: options.reportedBy ?? header.issuer, file: file.name)
                observations += found.observations
                review.notes += found.notes
            }
            var units = context.missingChain(for: unit)
            for place in places.values.sorted(by: { $0.code < $1.code }) {
                units += context.missingChain(for: place).filter { new in !units.contains { $0.code == new.code } }
            }
            review.changes = ChangeSet(
                units: units, indicators: resolver.additions, plans: [], observations: observations)
            if let saved = context.plans[key] {
                review.plan = saved
                review.notes += PlanComparison.differences(
                    saved: saved, file: imported.document, table: table, fileName: file.name)
            } else {
                review.plan = imported.document
                review.planIsNew = true
                review.changes.plans = [imported.document]
            }
            review.notes += StatedLabels.disagreements(imported, review: review, context: context, fileName: file.name)
        } catch {
            review.matches = resolver.matches
            review.problems += error.errors
        }
        return review
    }

    static func resolveUnit(options: ImportOptions, header: DocumentHeader, existing: PlanDocument?, context: ImportContext)
        -> AdminUnit?
    {
        if let code = options.unitCode ?? existing?.plan.unitCode {
            return context.unit(code: code)
        }
        // A commune's report names its district above itself: the unit whose parent is also named is the issuer.
        let issuers = header.issuerCandidates.flatMap(context.units(namedAtStartOf:))
        let codes = Set(issuers.map(\.code))
        if let child = issuers.first(where: { $0.parentCode.map(codes.contains) ?? false }) { return child }
        return header.unitCandidates.lazy.compactMap { context.units(namedAtStartOf: $0).first }.first
    }

    static func newPlan(key: String, unit: AdminUnit, year: Int, header: DocumentHeader, file: String) -> Plan {
        let unitPhrase = "\(unit.kindName) \(ImportContext.bareName(unit))"
        let title: String
        if header.kind == .resolution, let heading = header.title {
            title = "Nghị quyết " + heading.prefix(1).lowercased() + heading.dropFirst()
        } else {
            title = "Chỉ tiêu nghị quyết năm \(year) của \(unitPhrase) (theo \(file))"
        }
        return Plan(
            key: key, title: title, issuedOn: header.kind == .resolution ? header.adoptedOn : nil, issuer: .council,
            issuerName: header.kind == .resolution
                ? (header.issuer ?? "Hội đồng nhân dân \(unitPhrase)") : "Hội đồng nhân dân \(unitPhrase)",
            unitCode: unit.code, term: .year(year))
    }

    /// A workbook has no running text: the rows above the table's header (its title, "Kèm theo …") stand in.
    static func textAbove(_ table: PlanTable, in file: ImportFile) -> String {
        guard let sheet = file.tables.first(where: { $0.sheet == table.sheet }) else { return "" }
        return sheet.records.filter { $0.line < table.headerLine }.map { $0.fields.joined(separator: " ") }
            .joined(separator: "\n")
    }
}
