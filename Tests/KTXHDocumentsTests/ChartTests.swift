import Foundation
import KTXHCore
import Testing

@testable import KTXHDocuments

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Charts drawn as SVG: well-formed, titled and described, Vietnamese numbers, readable without colour.
@Suite("Charts")
struct ChartTests {
    /// True when `svg` parses as XML.
    static func wellFormed(_ svg: String) -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }

    @Test("A bar chart is well-formed SVG with its title, description, numbers in Vietnamese and a dashed target")
    func barChart() throws {
        let chart = BarChart(
            title: "Thu ngân sách & chi <thử>", description: "Hai thanh", unit: "tỷ đồng",
            bars: [
                .init(label: "Thực hiện", value: Decimal(string: "1889.5") ?? 0, style: .hatched, target: 2_000),
                .init(label: "Cùng kỳ năm trước", value: 1_500, style: .dotted),
            ])
        let svg = chart.svg(id: "thu")
        #expect(Self.wellFormed(svg))
        #expect(svg.contains("<title id=\"thu-tieu-de\">Thu ngân sách &amp; chi &lt;thử&gt;</title>"))
        #expect(svg.contains("<desc id=\"thu-mo-ta\">Hai thanh</desc>"))
        #expect(svg.contains(">1.889,5<"))
        // The axis reaches a round number above the target, in Vietnamese thousands.
        #expect(svg.contains(">2.000<"))
        #expect(svg.contains("stroke-dasharray"))
        #expect(svg.contains("url(#thu-gach)") && svg.contains("url(#thu-cham)"))
        #expect(chart.rows == [["Thực hiện", "1.889,5", "2.000", ""], ["Cùng kỳ năm trước", "1.500", "", ""]])
    }

    @Test("An axis ends on a round step above the highest value, and starts below zero only for negative values")
    func axis() {
        let scale = AxisScale(values: [0, 37, 22])
        #expect(scale.ticks == [0, 10, 20, 30, 40])
        let negative = AxisScale(values: [-3, 12])
        #expect(negative.lower == -5 && negative.upper == 15)
        #expect(AxisScale(values: []).ticks.count >= 2)
        #expect(AxisScale(values: [Decimal(string: "0.34") ?? 0]).upper == Decimal(string: "0.4"))
    }

    @Test("The demo's six-month dashboard counts what its progress table counts, and its charts say so")
    func demoDashboard() throws {
        let table = try DemoFixture.plan("058-2024").table(DemoFixture.firstHalf2024)
        let dashboard = Dashboard(table: table, bodies: [:])
        let counts = Dashboard.counts(dashboard.items)
        #expect(counts == table.labelCounts)
        #expect(counts[.exceeded] == 3 && counts[.met] == 11 && counts[.notYetMet] == 9 && counts[.judgeAtYearEnd] == 22)
        let chart = DashboardCharts.labels(dashboard.items, period: DemoFixture.firstHalf2024)
        #expect(chart.bars.map(\.label) == ["Vượt", "Đạt", "Chưa đạt", "Đánh giá cuối năm"])
        #expect(chart.bars.map(\.value) == [3, 11, 9, 22])
        #expect(chart.description.contains("Chưa đạt: 9"))
        #expect(Self.wellFormed(chart.svg()))
        // The furthest behind first: every one is short, and their % KH rises down the list.
        let behind = dashboard.mostBehind()
        #expect(!behind.isEmpty && behind.allSatisfy { $0.label?.isShortfall == true })
        let percents = behind.compactMap { $0.row.evaluation?.percentOfPlan }
        #expect(percents == percents.sorted())
        // A filter by label keeps that label only.
        let met = dashboard.items(Dashboard.Filter(label: .met))
        #expect(met.count == 11 && met.allSatisfy { $0.label == .met })
        let sections = dashboard.sections
        #expect(!sections.isEmpty)
        let first = dashboard.items(Dashboard.Filter(section: sections[0]))
        #expect(!first.isEmpty && first.count < dashboard.items.count)
    }

    @Test("The draft report carries the dashboard's charts as PNG pictures after its appendix table, where PNG can be drawn")
    func chartsInTheDraftReport() throws {
        let report = try DemoFixture.progressReport()
        let pictures = DraftReport.chartPictures(report)
        let hasConverter = ChartImage.converter != nil
        #expect(pictures.count == (hasConverter ? 2 : 0))
        // A picture is drawn whatever the converter: the writer is tested with a real PNG when there is one.
        guard let first = pictures.first else { return }
        #expect(first.png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(first.width > first.height)
        let url = PackageReader.temporaryFile("docx")
        defer { try? FileManager.default.removeItem(at: url) }
        try DraftReport(report: report, charts: pictures).document.write(to: url)
        let package = try PackageReader(url)
        #expect(package.paths.contains("word/media/bieu-do-1.png") && package.paths.contains("word/media/bieu-do-2.png"))
        let body = try package.text("word/document.xml")
        #expect(body.occurrences(of: "<a:blip r:embed=") == 2)
        #expect(body.contains("descr=\"Số chỉ tiêu theo kết quả đánh giá"))
        let links = try package.text("word/_rels/document.xml.rels")
        #expect(links.contains("Target=\"media/bieu-do-1.png\""))
        #expect(try package.text("[Content_Types].xml").contains("image/png"))
    }
}
