import Foundation
import KTXHCore
import Testing

@testable import KTXHDocuments

/// The draft report: the decree's frame around a body written from the data, the table as its appendix.
@Suite("Draft report")
struct DraftReportTests {
    func paragraphs(_ document: WordDocument) -> [String] {
        document.sections.flatMap(\.blocks).flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph): [paragraph.text]
            case .table(let table): table.rows.flatMap(\.cells).flatMap(\.paragraphs).map(\.text)
            case .picture(let picture): [picture.description]
            }
        }
    }

    @Test("The frame of Nghị định 30/2020/NĐ-CP: issuing body, national title, number, place and date, signature, Nơi nhận")
    func frame() throws {
        let report = try DemoFixture.progressReport()
        let text = paragraphs(DraftReport(report: report).document)
        for expected in [
            "ỦY BAN NHÂN DÂN", "THÀNH PHỐ BẮC KẠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "BÁO CÁO", "Tình hình thực hiện các chỉ tiêu nghị quyết 6 tháng đầu năm 2024",
            "Kính gửi: Hội đồng nhân dân thành phố Bắc Kạn.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nơi nhận:", "- Lưu: VT.",
        ] {
            #expect(text.contains(expected), "missing «\(expected)»")
        }
        #expect(text.contains { $0.hasPrefix("Số: ") && $0.hasSuffix("/BC-UBND") })
        #expect(text.contains { $0.hasPrefix("TP. Bắc Kạn, ngày") && $0.hasSuffix("tháng 6 năm 2024") })
        #expect(text.contains("Số liệu thực hiện tính đến ngày 31/5/2024; số liệu ước thực hiện được ghi rõ."))
    }

    @Test("Given details replace the defaults: number, date, signer")
    func details() throws {
        var report = try DemoFixture.progressReport()
        report.details = report.details.applying(
            .init(number: "123/BC-UBND", date: CalendarDay("2024-06-05"), signerName: "Hoàng Hà Bắc"))
        let text = paragraphs(DraftReport(report: report).document)
        #expect(text.contains("Số: 123/BC-UBND"))
        #expect(text.contains("TP. Bắc Kạn, ngày 05 tháng 6 năm 2024"))
        #expect(text.contains("Hoàng Hà Bắc"))
        #expect(report.reportTable.subtitle == "(Kèm theo Báo cáo số 123/BC-UBND ngày 5/6/2024 của UBND thành phố)")
    }

    @Test("A sentence for every indicator with a target, each figure the very text of its table row")
    func sentencesMatchTable() throws {
        let report = try DemoFixture.progressReport()
        let document = DraftReport(report: report).document
        let text = paragraphs(document)
        for line in report.lines where line.hasTarget {
            let name = NarrativeWords.subject(line.indicator)
            let sentence = try #require(
                text.first { $0.hasPrefix("- \(name) ") || $0.hasPrefix("- \(name):") }, "no sentence for \(name)")
            if let value = line.value, line.observation?.value.number != nil {
                #expect(sentence.contains(" \(value.text.dropFirst(value.prefix.count))"), "\(sentence)")
            }
            if let percent = line.percentOfPlan, line.indicator.unitOfMeasure != "%", line.indicator.direction != .down {
                #expect(sentence.contains("bằng \(percent.text) KH"), "\(sentence)")
            }
        }
        #expect(document.sections.count == 2)
        #expect(document.sections[1].page.orientation == .landscape)
        guard case .table(let table) = document.sections[1].blocks.last else {
            Issue.record("the appendix ends with the table")
            return
        }
        #expect(table.rows.prefix(2).allSatisfy { $0.isHeader })
    }
}
