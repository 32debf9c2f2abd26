import Foundation
import KTXHCore

/// Dự thảo báo cáo: a People's Committee report on a plan's progress, in the frame of Nghị định 30/2020/NĐ-CP,
/// its body written from the data (`ReportNarrative`) and the progress table as its appendix, for the officer
/// to complete and send.
public struct DraftReport: Hashable, Sendable {
    public var report: ProgressReport
    public var narrative: ReportNarrative
    /// Charts after the appendix table (`chartPictures`): none where the machine cannot draw them.
    public var charts: [Picture]
    /// The plan's tasks, quoted by field after the targets when the plan has any.
    public var tasks: TaskSheet?

    public init(report: ProgressReport, charts: [Picture] = [], tasks: TaskSheet? = nil) {
        self.report = report
        narrative = ReportNarrative(report)
        self.charts = charts
        self.tasks = tasks.flatMap { $0.items.isEmpty ? nil : $0 }
    }

    /// The dashboard's charts of the report's period (the labels counted, % KH of each indicator) as pictures
    /// the width of the appendix's text; none where `rsvg-convert` is not installed.
    public static func chartPictures(_ report: ProgressReport) -> [Picture] {
        let items = Dashboard(table: report.table, bodies: [:]).items
        let period = report.table.period
        let page = report.reportTable.page
        // The width of the text, or less where a tall chart would not fit one page with its title.
        let fullWidth = page.textWidth * 0.8
        let tallest = page.textHeight * 0.85
        return [DashboardCharts.labels(items, period: period), DashboardCharts.percentOfPlan(items, period: period)]
            .filter { !$0.bars.isEmpty }
            .enumerated().compactMap { index, chart -> Picture? in
                guard let png = try? ChartImage.png(chart.svg(id: "bieu-do-\(index + 1)")) else { return nil }
                let ratio = chart.size.height / chart.size.width
                let width = fullWidth * ratio > tallest ? tallest * (1 / ratio) : fullWidth
                return Picture(
                    png: png, width: width, height: width * ratio, description: chart.title + ". " + chart.description)
            }
    }

    /// "Tình hình thực hiện các chỉ tiêu nghị quyết 6 tháng đầu năm 2024".
    public var subject: String {
        let what = report.isClosed ? "Kết quả thực hiện" : "Tình hình thực hiện"
        return "\(what) các chỉ tiêu nghị quyết \(report.table.period.vietnameseName)"
    }

    public var document: WordDocument {
        let portrait = PageSetup.decreePortrait
        let frame = AdministrativeFrame(details: report.details, width: portrait.textWidth)
        var blocks: [Block] = [frame.titleBlock()]
        blocks += frame.heading(kind: "BÁO CÁO", subject: subject)
        if let addressee = report.details.addressee {
            var line = Paragraph("Kính gửi: \(addressee).", alignment: .center, size: 14, spacingAfter: .pt(12))
            line.spacingBefore = .pt(12)
            blocks.append(.paragraph(line))
        }
        blocks += body().map { .paragraph($0) }
        blocks.append(frame.signatureBlock())
        let appendix = report.reportTable
        var sections = [
            Section(page: portrait, blocks: blocks),
            Section(
                page: appendix.page,
                blocks: appendix.wordBlocks(width: appendix.page.textWidth) + charts.flatMap(Self.captioned)),
        ]
        if let sheet = tasks?.reportTable {
            sections.append(Section(page: sheet.page, blocks: sheet.wordBlocks(width: sheet.page.textWidth)))
        }
        return WordDocument(title: "Báo cáo " + NarrativeWords.lowercasedFirst(subject), sections: sections)
    }

    /// A chart and its title under it, in italics.
    static func captioned(_ picture: Picture) -> [Block] {
        let title = picture.description.components(separatedBy: ". ").first ?? picture.description
        return [.picture(picture), .paragraph(Paragraph([Run(title, italic: true)], alignment: .center, size: 13))]
    }

    public func writeDOCX(to url: URL) throws {
        try document.write(to: url)
    }

    /// The body's paragraphs, in order.
    func body() -> [Paragraph] {
        let plan = report.table.plan
        let issuer = report.details.issuingBodyShort
        let period = report.table.period.vietnameseName
        var text = [
            Self.text(
                "Thực hiện \(plan.title) của \(plan.issuerName), \(issuer) báo cáo tình hình thực hiện các chỉ tiêu "
                    + "nghị quyết \(period) như sau:")
        ]
        if let cutoff = commonCutoff {
            text.append(
                Self.text(
                    "Số liệu thực hiện tính đến ngày \(cutoff.vietnamese); số liệu ước thực hiện được ghi rõ.", italic: true))
        }
        text.append(Self.heading("A. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"))
        if let overall = narrative.overall { text.append(Self.text(overall)) }
        for chapter in narrative.chapters {
            text.append(Self.heading(chapter.heading))
            if let summary = chapter.summary { text.append(Self.text(summary)) }
            for part in chapter.parts {
                if let heading = part.heading { text.append(Self.heading(heading, italic: true)) }
                if let summary = part.summary { text.append(Self.text(summary)) }
                text += part.sentences.map { Self.text("- " + $0) }
            }
        }
        if let tasks {
            text.append(Self.heading("Tình hình thực hiện các nhiệm vụ, giải pháp của nghị quyết"))
            text.append(Self.text("Đến ngày \(tasks.day.vietnamese), " + NarrativeWords.lowercasedFirst(tasks.summary) + "."))
            text += tasks.sectionSentences.map { Self.text("- " + $0) }
        }
        text.append(Self.heading("B. ĐÁNH GIÁ CHUNG"))
        text.append(Self.heading("1. Các chỉ tiêu đạt và vượt kế hoạch", italic: true))
        text.append(Self.text(list(narrative.achieved, none: "Chưa có chỉ tiêu đạt kế hoạch.")))
        text.append(Self.heading("2. Các chỉ tiêu chưa đạt, chậm tiến độ; nguyên nhân", italic: true))
        text.append(Self.text(list(narrative.shortfalls, none: "Không có chỉ tiêu chưa đạt hoặc chậm tiến độ.")))
        text += narrative.risks.map { Self.text("- " + $0) }
        text.append(Self.text("[Nguyên nhân: cơ quan soạn thảo bổ sung.]", italic: true))
        if !report.isClosed {
            let rest = report.table.period.kind == .half(1) ? "6 THÁNG CUỐI NĂM \(report.table.period.year)" : "THỜI GIAN TỚI"
            text.append(Self.heading("C. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU \(rest)"))
            text.append(Self.text("[Cơ quan soạn thảo bổ sung nhiệm vụ, giải pháp.]", italic: true))
        }
        text.append(
            Self.text(
                tasks == nil
                    ? "(Có biểu tiến độ thực hiện các chỉ tiêu nghị quyết đính kèm)."
                    : "(Có biểu tiến độ thực hiện các chỉ tiêu và biểu theo dõi nhiệm vụ đính kèm).", italic: true))
        text.append(
            Self.text(
                "Trên đây là báo cáo \(NarrativeWords.lowercasedFirst(subject)) của \(issuer) "
                    + "\(UnitName(unit: report.table.unit, plan: plan).proper)./."))
        return text
    }

    /// The one cut-off date shared by every actual figure, if they share one.
    private var commonCutoff: CalendarDay? {
        let cutoffs = Set(report.lines.compactMap { $0.observation?.kind == .actual ? $0.observation?.cutoff : nil })
        return cutoffs.count == 1 ? cutoffs.first : nil
    }

    private func list(_ names: [String], none: String) -> String {
        names.isEmpty ? none : NarrativeWords.capitalizedFirst(names.joined(separator: "; ")) + "."
    }

    /// Body text: 14 pt, justified, first line indented, 6 pt after, as the decree's body.
    static func text(_ text: String, italic: Bool = false) -> Paragraph {
        Paragraph(
            [Run(text, italic: italic)], alignment: .justified, size: 14, spacingAfter: .pt(6), lineSpacing: 1.1,
            firstLineIndent: .cm(1.27))
    }

    static func heading(_ text: String, italic: Bool = false) -> Paragraph {
        Paragraph(
            [Run(text, bold: true, italic: italic)], alignment: .justified, size: 14, spacingBefore: .pt(6),
            spacingAfter: .pt(6), firstLineIndent: .cm(1.27), keepWithNext: true)
    }
}
