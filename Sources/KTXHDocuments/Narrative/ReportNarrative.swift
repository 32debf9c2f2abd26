import KTXHCore

/// Phần thuyết minh của báo cáo: the plan's results as a report tells them, field by field, each group with a
/// summary sentence and one sentence per indicator.
public struct ReportNarrative: Hashable, Sendable {
    /// "I. LĨNH VỰC KINH TẾ" and what it says.
    public struct Chapter: Hashable, Sendable {
        public var heading: String
        public var summary: String?
        public var parts: [Part]
    }

    /// "1. Môi trường": one plan section within a field; its heading is nil when the field holds only it.
    public struct Part: Hashable, Sendable {
        public var heading: String?
        public var summary: String?
        public var sentences: [String]
    }

    /// "Trong 44 chỉ tiêu nghị quyết được đánh giá, …".
    public var overall: String?
    public var chapters: [Chapter]
    /// Names of the indicators met or exceeded, and of those short of target or behind pace.
    public var achieved: [String]
    public var shortfalls: [String]
    /// One sentence per indicator at risk of missing its target: how far behind its pace, and where it is heading.
    public var risks: [String]

    public init(_ report: ProgressReport) {
        let closed = report.isClosed
        let lines = report.lines
        overall = SectionSummary.overall(lines)
        achieved = SectionSummary.names(of: lines) { $0.label?.isAchieved == true }
        shortfalls = SectionSummary.names(of: lines) {
            $0.label?.isShortfall == true || $0.evaluation?.pace?.isBehind == true
        }
        risks = lines.filter { $0.evaluation?.pace == .atRisk }.map { line in
            Self.risk(line, projection: report.projections[line.indicator.code])
        }
        let sections = report.rows.compactMap { row -> PlanSection? in
            if case .section(let section) = row { section } else { nil }
        }
        let topLevel = sections.filter { !$0.path.contains(".") }
        // Fields in the order the plan first speaks of them; sections no field claims stand alone.
        var groups: [(field: ReportField?, sections: [PlanSection])] = []
        for section in topLevel {
            let field = ReportField.of(section.title)
            if let field, let index = groups.firstIndex(where: { $0.field == field }) {
                groups[index].sections.append(section)
            } else {
                groups.append((field, [section]))
            }
        }
        chapters = groups.enumerated().map { offset, group in
            let numeral = RomanNumeral.make(offset + 1)
            let heading = "\(numeral). \(group.field?.heading ?? (group.sections.first?.title.uppercased() ?? ""))"
            let inField = lines.filter { line in group.sections.contains { Self.contains($0, line) } }
            var leaves: [PlanSection] = []
            for section in group.sections {
                let children = sections.filter { $0.path.hasPrefix(section.path + ".") }
                leaves += children.isEmpty ? [section] : children
            }
            let parts = leaves.enumerated().map { index, leaf in
                let own = lines.filter { $0.section == leaf.path }
                let topic = NarrativeWords.capitalizedFirst(NarrativeWords.topic(leaf.title, dropAbout: true))
                return Part(
                    heading: leaves.count > 1 ? "\(index + 1). \(topic)" : nil,
                    summary: leaves.count > 1 ? SectionSummary.make(subject: NarrativeWords.group(leaf.title), lines: own) : nil,
                    sentences: own.compactMap { IndicatorSentence.make($0, closed: closed) })
            }
            let subject = group.field.map {
                "lĩnh vực " + $0.heading.lowercased().replacingOccurrences(of: "lĩnh vực ", with: "")
            }
            return Chapter(
                heading: heading,
                summary: SectionSummary.make(
                    subject: subject ?? NarrativeWords.group(group.sections.first?.title ?? ""), lines: inField),
                parts: parts)
        }
    }

    /// "Thu ngân sách nhà nước trên địa bàn có nguy cơ không đạt kế hoạch: mới bằng 45,68% mức thường đạt đến kỳ này;
    /// dự báo cả năm đạt khoảng 123-167 tỷ đồng, khoảng 39-53% kế hoạch."
    static func risk(_ line: ProgressReport.Line, projection: Projection?) -> String {
        var sentence = NarrativeWords.capitalizedFirst(NarrativeWords.subject(line.indicator)) + " có nguy cơ không đạt kế hoạch"
        if let ratio = line.evaluation?.ratioToExpected {
            sentence += ": mới bằng \(VietnameseNumber.formatPercent(ratio * 100)) mức dự kiến đến kỳ này"
        }
        if let projection { sentence += "; " + projection.sentence(unit: line.indicator.unitOfMeasure) }
        return sentence + "."
    }

    private static func contains(_ section: PlanSection, _ line: ProgressReport.Line) -> Bool {
        guard let path = line.section else { return false }
        return path == section.path || path.hasPrefix(section.path + ".")
    }
}
