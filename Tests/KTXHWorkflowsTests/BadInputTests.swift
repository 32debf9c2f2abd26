import Foundation
import KTXHDemo
import KTXHImport
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows
import Testing

/// Every kind of bad file gets a Vietnamese message naming the place and the value, and the database
/// (loaded with the demo) is exactly as it was.
@Suite("Bad input")
struct BadInputTests {
    /// Imports `url` into a demo database, expects a refusal, and returns its message.
    func refusal(_ url: URL, limits: XLSXReader.Limits = XLSXReader.Limits()) async throws -> String {
        try await TestDatabase.withStore(.sqlite) { store in
            try await DemoData.load(into: store, at: TestClock.now)
            let before = try await ImportFixtures.snapshot(store)
            var message = ""
            do {
                let review = try await ImportWorkflow.review(url, options: ImportOptions(), store: store, limits: limits)
                try await ImportWorkflow.apply(review, store: store, at: TestClock.now)
                Issue.record("\(url.lastPathComponent) should be refused")
            } catch {
                message = "\(error)"
            }
            #expect(try await ImportFixtures.snapshot(store) == before, "the database changed")
            return message
        }
    }

    @Test("A text file renamed .xlsx")
    func renamedText() async throws {
        let message = try await refusal(try ImportFixtures.file("bang.xlsx", Data("STT\tChỉ tiêu\n".utf8)))
        #expect(message.contains("bang.xlsx"))
        #expect(message.contains("không phải là tệp Excel (XLSX) hợp lệ"))
    }

    @Test("A corrupt zip")
    func corruptZip() async throws {
        var bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        bytes += Array(repeating: 0x41, count: 200)
        let message = try await refusal(try ImportFixtures.file("hong.xlsx", Data(bytes)))
        #expect(message.contains("hong.xlsx"))
        #expect(message.contains("Excel"))
    }

    @Test(
        "An XLSX whose sheet expands past the limit is stopped while it expands", .enabled(if: ImportFixtures.openpyxlAvailable))
    func zipBomb() async throws {
        let url = ImportFixtures.folder.appendingPathComponent("bom.xlsx")
        try python(
            """
            import sys
            from openpyxl import Workbook
            wb = Workbook(); ws = wb.active
            ws.append(["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2024"])
            for i in range(40000): ws.append([i, "x" * 60, "%", 1])
            wb.save(sys.argv[1])
            """, url.path)
        let limits = XLSXReader.Limits(maximumPartBytes: 1_048_576, maximumTotalBytes: 2_097_152)
        let message = try await refusal(url, limits: limits)
        #expect(message.contains("giải nén ra quá lớn"))
        #expect(message.contains("1 MB"))
    }

    @Test("50 MB of text")
    func hugeText() async throws {
        let url = ImportFixtures.folder.appendingPathComponent("lon.txt")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()
        let message = try await refusal(url)
        #expect(message.contains("quá lớn"))
        #expect(message.contains("50 MB"))
    }

    @Test(
        "CSV in the legacy Vietnamese encodings",
        arguments: [
            // "Chỉ tiêu" in Windows-1258 (i + combining hook 0xD2, ê = 0xEA), TCVN3 (ỉ = 0xD6, ª = ê) and VNI.
            ("windows-1258.csv", [0x43, 0x68, 0x69, 0xD2, 0x20, 0x74, 0x69, 0xEA, 0x75] as [UInt8]),
            ("tcvn3.csv", [0x43, 0x68, 0xD6, 0x20, 0x74, 0x69, 0xAA, 0x75]),
            ("vni.csv", [0x43, 0x68, 0x69, 0xFB, 0x20, 0x74, 0x69, 0x65, 0xE2, 0x75]),
        ])
    func legacyEncodings(name: String, chiTieu: [UInt8]) async throws {
        let data = Data("STT;".utf8) + Data(chiTieu) + Data(";ĐVT\n".utf8.map { $0 < 0x80 ? $0 : 0x44 })
        let message = try await refusal(try ImportFixtures.file(name, data))
        #expect(message.contains("UTF-8"))
        #expect(message.contains("dòng 1"))
        #expect(message.contains(name))
    }

    @Test("A number written the English way (1,889.5) is refused with its line, column and value")
    func englishNumber() async throws {
        let text = """
            BIỂU TIẾN ĐỘ 6 THÁNG ĐẦU NĂM 2024 thành phố Bắc Kạn
            STT\tChỉ tiêu\tĐVT\tKế hoạch 2024\tTiến độ thực hiện
            2\tTổng mức bán lẻ hàng hoá và doanh thu dịch vụ\tTỷ đồng\t3.700\t1,889.5
            """
        let message = try await refusal(try ImportFixtures.file("so-sai.txt", Data(text.utf8)))
        #expect(message.contains("dòng 3"))
        #expect(message.contains("Tiến độ thực hiện"))
        #expect(message.contains("«1,889.5»"))
    }

    @Test("A wrong cell in a workbook is named by its sheet and cell", .enabled(if: ImportFixtures.openpyxlAvailable))
    func workbookCell() async throws {
        let url = ImportFixtures.folder.appendingPathComponent("o-sai.xlsx")
        try python(
            """
            import sys
            from openpyxl import Workbook
            wb = Workbook(); ws = wb.active; ws.title = "Biểu 1"
            ws.append(["Biểu tiến độ 6 tháng đầu năm 2024 thành phố Bắc Kạn"])
            ws.append(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2024", "Thực hiện"])
            ws.append([1, "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", 317, "72..4"])
            wb.save(sys.argv[1])
            """, url.path)
        let message = try await refusal(url)
        #expect(message.contains("trang tính «Biểu 1»"))
        #expect(message.contains("ô E3"))
        #expect(message.contains("«72..4»"))
    }

    func python(_ script: String, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
