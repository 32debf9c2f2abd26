import Foundation
import KTXHCore
import Testing

@testable import KTXHDocuments

/// The sentences a report writes, from seed 001's rows and from variations of them.
@Suite("Narrative")
struct NarrativeTests {
    func line(_ number: String, in report: ProgressReport) throws -> ProgressReport.Line {
        try #require(report.lines.first { $0.number == number })
    }

    @Test("Seed 001 row 2 reads as the seed's own sentence (line 23)")
    func retail() throws {
        let report = try DemoFixture.progressReport()
        #expect(
            IndicatorSentence.make(try line("2", in: report), closed: false)
                == "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ đạt 1.889 tỷ đồng, bằng 51,05% KH.")
        #expect(
            IndicatorSentence.make(try line("1", in: report), closed: false)
                == "Thu ngân sách nhà nước trên địa bàn đạt 72,4 tỷ đồng, bằng 22,84% KH.")
    }

    @Test("With last year's figure the sentence adds so với cùng kỳ, as seed 000 says it")
    func samePeriodLastYear() throws {
        let previous = Observation(
            indicatorCode: "tong-muc-ban-le", unitCode: "058", period: Period(year: 2023, kind: .half(1)),
            value: .number(Decimal(string: "1821.6") ?? 0))
        let report = try DemoFixture.progressReport(extra: [previous])
        #expect(
            IndicatorSentence.make(try line("2", in: report), closed: false)
                == "Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ đạt 1.889 tỷ đồng, bằng 51,05% KH, tăng 3,7% so với cùng kỳ.")
    }

    @Test("An estimate is said as one; a label the engine gave is said, never recomputed")
    func estimateAndLabels() throws {
        let report = try DemoFixture.progressReport()
        #expect(
            IndicatorSentence.make(try line("4", in: report), closed: false)
                == "Sản lượng lương thực có hạt ước đạt 1.857,4 tấn, bằng 49,39% KH; chỉ tiêu đánh giá vào cuối năm.")
        #expect(
            IndicatorSentence.make(try line("7", in: report), closed: false)
                == "Thành lập mới hợp tác xã đạt 08 HTX, bằng 400% KH, vượt kế hoạch.")
        #expect(
            IndicatorSentence.make(try line("13", in: report), closed: false)
                == "Tỷ lệ hộ dân các phường được sử dụng nước sạch đạt 81,18%, đạt kế hoạch (KH: >80%).")
        // Seed 001 footnote 25: "BHYT: 42.874/47.382 người tham gia".
        #expect(
            IndicatorSentence.make(try line("26", in: report), closed: false)
                == "Duy trì tỷ lệ người dân tham gia bảo hiểm y tế đạt 90,49% (42.874/47.382); chỉ tiêu đánh giá vào cuối năm.")
    }

    @Test("A missing figure is said honestly, open or closed")
    func missing() throws {
        let report = try DemoFixture.progressReport()
        #expect(
            IndicatorSentence.make(try line("8", in: report), closed: false)
                == "Sản phẩm OCOP mới đạt từ 3 sao trở lên: chưa có số liệu, sẽ đánh giá vào cuối năm.")
        let plan = try DemoFixture.plan("058-2024")
        let year = ProgressReport(table: plan.table(.year(2024)), details: report.details)
        let ocop = try #require(year.lines.first { $0.number == "8" })
        #expect(ocop.label == .insufficientData)
        #expect(
            IndicatorSentence.make(ocop, closed: true)
                == "Sản phẩm OCOP mới đạt từ 3 sao trở lên: chưa có số liệu, chưa đủ cơ sở đánh giá.")
        let heading = try #require(report.lines.first { $0.number == "39" })
        #expect(IndicatorSentence.make(heading, closed: false) == nil, "a \"trong đó:\" heading has no sentence of its own")
    }

    @Test("A lower-is-better figure is said the right way round: tỷ lệ hộ nghèo giảm còn …")
    func lowerIsBetter() throws {
        let period = Period(year: 2024, kind: .half(1))
        let poverty = [
            Observation(indicatorCode: "ho-ngheo", unitCode: "058", period: period, value: .number(Decimal(string: "1.5") ?? 0)),
            Observation(
                indicatorCode: "ho-ngheo", unitCode: "058", period: period.samePeriodLastYear,
                value: .number(Decimal(string: "2.4") ?? 0)),
        ]
        let report = try DemoFixture.progressReport(extra: poverty)
        let line = try #require(report.lines.first { $0.indicator.code == "ho-ngheo" })
        #expect(line.indicator.direction == .down)
        let sentence = try #require(IndicatorSentence.make(line, closed: false))
        #expect(sentence.hasPrefix("Tỷ lệ hộ nghèo (theo chuẩn đa chiều giai đoạn 2021-2025) giảm còn 1,5%"))
        #expect(sentence.contains("bằng 62,5% so với cùng kỳ"))
        #expect(!sentence.contains("% KH"), "a share of plan says nothing of a figure that should fall")
    }

    @Test("Section and overall summaries count the engine's labels with the seeds' leading zeros")
    func summaries() throws {
        let report = try DemoFixture.progressReport()
        let economy = report.lines.filter { $0.section == "A" }
        #expect(
            SectionSummary.make(subject: NarrativeWords.group("Kinh tế"), lines: economy)
                == "Nhóm chỉ tiêu kinh tế có 11 chỉ tiêu được đánh giá: 01 chỉ tiêu vượt kế hoạch, 02 chỉ tiêu đạt kế hoạch, "
                + "03 chỉ tiêu chưa đạt, 05 chỉ tiêu đánh giá vào cuối năm.")
        let judged = report.lines.filter { $0.label != nil }.count
        #expect(SectionSummary.overall(report.lines)?.hasPrefix("Trong \(judged) chỉ tiêu nghị quyết được đánh giá, có ") == true)
    }

    @Test("The narrative groups the plan's sections under the seeds' headings")
    func chapters() throws {
        let narrative = ReportNarrative(try DemoFixture.progressReport())
        #expect(
            narrative.chapters.map(\.heading)
                == [
                    "I. LĨNH VỰC KINH TẾ", "II. LĨNH VỰC VĂN HÓA - XÃ HỘI", "III. QUỐC PHÒNG - AN NINH",
                    "IV. CẢI CÁCH HÀNH CHÍNH",
                ])
        #expect(narrative.chapters[0].parts.map(\.heading) == ["1. Kinh tế", "2. Môi trường"])
        #expect(narrative.chapters[1].parts.compactMap(\.heading).first == "1. GD&ĐT")
        #expect(narrative.shortfalls.contains("thu ngân sách nhà nước trên địa bàn (22,84% KH)"))
        #expect(narrative.achieved.contains { $0.hasPrefix("thành lập mới hợp tác xã") })
    }
}
