import ArgumentParser
import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows

struct Units: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: "Đơn vị hành chính: nạp danh sách, xem một đơn vị với lịch sử sắp xếp.",
        subcommands: [UnitsImport.self, UnitsShow.self, UnitsFigure.self]
    )
}

struct UnitsImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Nạp danh sách đơn vị hành chính và bảng kế thừa; không có tệp: các danh sách đi kèm (2024, 2025, kế thừa 2025).")

    @Argument(
        help:
            "Tệp CSV: danh sách đơn vị (code,name,division_type,parent_code[,valid_from,valid_to]) hoặc bảng kế thừa (new_code,new_name,old_code,old_name,share)."
    )
    var files: [String] = []

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let urls = files.map { URL(fileURLWithPath: $0) }
        let result = try await database.withStore { try await UnitHistoryWorkflow.importUnits(store: $0, files: urls) }
        print("Đã nạp \(result.versions) đơn vị hành chính và \(result.successions) dòng kế thừa.")
    }
}

struct UnitsShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Xem một đơn vị: cấp trên, hiệu lực, đơn vị trước và sau sắp xếp.")

    @Argument(help: "Mã đơn vị.")
    var code: String

    @Option(help: "Ngày (YYYY-MM-DD) chọn đơn vị khi một mã chỉ hai đơn vị trước và sau sắp xếp; mặc định hôm nay.")
    var at: String?

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "In kết quả dạng JSON cho các chương trình khác đọc.")
    var json = false

    func validate() throws {
        if let at, CalendarDay(at) == nil { throw ValidationError("Ngày «\(at)» không hợp lệ (YYYY-MM-DD).") }
    }

    func run() async throws {
        let day = at.flatMap(CalendarDay.init) ?? Today.day
        let history = try await database.withStore {
            try await UnitHistoryWorkflow.history(store: $0, code: code, at: day)
        }
        guard let history else {
            let versions = try await database.withStore { try await $0.unitVersions(code: code) }
            let known = versions.map { "\($0.name) (\($0.validFrom?.vietnamese ?? "…") – \($0.validTo?.vietnamese ?? "nay"))" }
            throw CommandError(
                userMessage: "Mã «\(code)» không chỉ đơn vị nào vào ngày \(day.vietnamese)."
                    + (known.isEmpty ? "" : " Mã này từng chỉ: \(known.joined(separator: "; ")); dùng --at để chọn ngày."))
        }
        print(json ? UnitOutput.json(history) : UnitOutput.text(history))
    }
}

struct UnitsFigure: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figure",
        abstract: "Số liệu của một đơn vị mới (2025) cho kỳ trước sắp xếp, tổng hợp từ các đơn vị trước đó.")

    @Argument(help: "Mã đơn vị (2025).")
    var code: String

    @Option(help: "Mã chỉ tiêu.")
    var indicator: String

    @Option(help: "Kỳ (2024, 2024-H1 …).")
    var period: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard let period = Period(period) else { throw CommandError(userMessage: "Kỳ «\(self.period)» không hợp lệ.") }
        let answer = try await database.withStore {
            try await UnitHistoryWorkflow.figure(store: $0, code: code, indicatorCode: indicator, period: period)
        }
        guard let answer else { throw CommandError(userMessage: "Đơn vị «\(code)» không có đơn vị trước sắp xếp.") }
        let value = answer.result.value.map(\.vietnamese) ?? "không có"
        print("Giá trị: \(value)\n\(answer.explanation)")
    }
}

/// The day the command runs, for defaults; the core never reads the clock.
enum Today {
    static var day: CalendarDay {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: CLIClock.now())
        return CalendarDay(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDay.endOfYear(2026)
    }
}
