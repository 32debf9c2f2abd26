import ArgumentParser
import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHStorage
import KTXHWorkflows

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Nhập bảng chỉ tiêu, biểu tiến độ hoặc nghị quyết từ tệp văn bản, Word (.docx), CSV hoặc Excel (XLSX).",
        discussion: """
            Cột được nhận theo tiêu đề tiếng Việt (STT, Chỉ tiêu, Đơn vị tính, Kế hoạch …, Thực hiện …, Đánh giá), \
            không theo vị trí. Nghị quyết không có bảng thì các chỉ tiêu được đọc từ lời văn (như ktxh parse-targets) \
            và đối chiếu với danh mục như các dòng của bảng. Đơn vị, năm và kỳ báo cáo được đọc từ văn bản khi có; \
            --unit, --year, --period ghi đè. Chạy với --dry-run để xem trước, kèm những chỗ văn bản tự mâu thuẫn \
            (như ktxh check); không có --dry-run thì toàn bộ tệp được lưu trong một giao dịch, hoặc không lưu gì. \
            Nhập lại cùng một tệp không thay đổi gì.
            """)

    @Argument(help: "Tệp cần nhập (.txt, .tsv, .docx, .csv, .xlsx).")
    var file: String

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Mã kế hoạch (như «ktxh plans list» in ra) mà bảng thuộc về.")
    var plan: Int64?

    @Option(help: "Kỳ báo cáo của cột số liệu: 2024-H1, 2024-9M, 2024 …")
    var period: String?

    @Option(help: "Mã đơn vị hành chính (mã thống kê), khi văn bản không nói rõ.")
    var unit: String?

    @Option(help: "Năm kế hoạch, khi văn bản không nói rõ.")
    var year: Int?

    @Option(
        name: .customLong("column"),
        help: ArgumentHelp(
            "Chọn cột khi bảng có nhiều cột có thể là một loại: \"Thực hiện=Ước TH 6 tháng\", \"Kế hoạch=cột D\".",
            valueName: "LOẠI=TIÊU ĐỀ"))
    var columns: [String] = []

    @Flag(help: "Chỉ xem trước: in những gì sẽ được tạo hoặc thay đổi, không lưu.")
    var dryRun = false

    @Flag(help: "Chấp nhận các tên chỉ tiêu chỉ gần giống danh mục (đã kiểm tra trong bản xem trước).")
    var confirmMatches = false

    @Flag(help: "In bản xem trước và kết quả dạng JSON.")
    var json = false

    func validate() throws {
        _ = try PeriodOptions.parse(period)
        _ = try columnChoices()
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("Không có tệp «\(file)».") }
    }

    func run() async throws {
        let options = ImportOptions(
            planID: plan, period: try PeriodOptions.parse(period), unitCode: unit, year: year,
            confirmProbableMatches: confirmMatches, columns: try columnChoices())
        let url = URL(fileURLWithPath: file)
        if FigureImport.recognises(url) {
            try await importFigures(url)
            return
        }
        try await database.withStore { store in
            ProgressOutput.line("Đọc \(url.lastPathComponent)")
            let review = try await ImportWorkflow.review(url, options: options, store: store)
            let summary = ImportSummary(review, repeated: try await store.repeatedObservations(review.changes.observations))
            if dryRun || !review.canApply {
                print(json ? JSONText.encode(summary) : summary.text)
                if !review.canApply && !dryRun {
                    throw CommandError(userMessage: "Không nhập gì: tệp còn chỗ chưa hiểu hoặc chưa xác nhận.")
                }
                return
            }
            ProgressOutput.line("Lưu vào \(database.location)")
            let result = try await ImportWorkflow.apply(review, store: store, actor: User.actor, at: CLIClock.now())
            if json {
                print(JSONText.encode(ImportOutcome(review: summary, result: result)))
            } else {
                print(summary.text)
                print(
                    "Đã nhập: \(result.plansCreated) kế hoạch mới, \(result.indicatorsSaved) chỉ tiêu danh mục, "
                        + "\(result.observationsAdded) số liệu mới, \(result.observationsRepeated) số liệu đã có.")
            }
        }
    }
}

extension Import {
    /// `--column "Thực hiện=Ước TH 6 tháng"`: the role (STT, Chỉ tiêu, Đơn vị tính, Kế hoạch, Thực hiện, Cùng kỳ,
    /// Đánh giá, Ghi chú, or a header word such as KH, TH) and the column's header as written, or "cột D".
    func columnChoices() throws -> [PlanTable.Column: String] {
        var choices: [PlanTable.Column: String] = [:]
        for text in columns {
            let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty, let column = PlanTable.column(named: parts[0]) else {
                let roles = PlanTable.Column.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError(
                    "--column «\(text)» không hợp lệ: cần LOẠI=TIÊU ĐỀ, ví dụ \"Thực hiện=Ước TH 6 tháng\" (loại: \(roles)).")
            }
            choices[column] = parts[1]
        }
        return choices
    }

    /// The machine format: checked line by line first, then streamed in one transaction.
    func importFigures(_ url: URL) async throws {
        try await database.withStore { store in
            let check = try await FigureImport.check(url, store: store) { ProgressOutput.line("Đã kiểm tra \($0) dòng") }
            if dryRun || !check.canApply {
                print(json ? JSONText.encode(check) : FigureCheckText.text(check))
                if !check.canApply && !dryRun {
                    throw CommandError(userMessage: "Không nhập gì: tệp có \(check.problemCount) dòng lỗi.")
                }
                return
            }
            let result = try await FigureImport.apply(url, store: store, at: CLIClock.now()) {
                ProgressOutput.line("Đã lưu \($0) dòng")
            }
            print(
                json
                    ? JSONText.encode(result)
                    : "Đã nhập \(result.observationsAdded) số liệu mới, \(result.observationsRepeated) số liệu đã có (bỏ qua).")
        }
    }
}

enum FigureCheckText {
    static func text(_ check: FigureImport.Check) -> String {
        var lines = [
            "Tệp: \(check.file) (định dạng số liệu máy)",
            "\(check.rows) dòng hợp lệ: \(check.units.count) đơn vị, \(check.indicators.count) chỉ tiêu, kỳ \(check.periods.sorted().joined(separator: ", "))",
        ]
        if check.problemCount > 0 {
            lines.append("\(check.problemCount) dòng lỗi (chưa nhập gì cho đến khi sửa):")
            lines += check.problems.map { "  \($0.message)" }
            if check.problemCount > check.problems.count {
                lines.append("  … và \(check.problemCount - check.problems.count) dòng khác")
            }
        }
        return lines.joined(separator: "\n")
    }
}
