import ArgumentParser
import Foundation
import KTXHCore
import KTXHStorage
import KTXHWorkflows

struct Criteria: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criteria",
        abstract: "Bộ tiêu chí nông thôn mới: đánh giá đơn vị, xem và nạp bộ tiêu chí.",
        subcommands: [CriteriaEvaluate.self, CriteriaSets.self, CriteriaLoad.self]
    )
}

struct CriteriaEvaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Đánh giá một đơn vị theo bộ tiêu chí có hiệu lực trong năm (hoặc bộ chỉ định).")

    @Option(help: "Mã đơn vị hành chính (ví dụ 01852).")
    var unit: String

    @Option(help: "Năm đánh giá.")
    var year: Int

    @Option(help: "Mã bộ tiêu chí; mặc định bộ có hiệu lực với đơn vị trong năm đó.")
    var set: String?

    @Option(help: "Vùng hoặc nhóm xã, với bộ tiêu chí có ngưỡng khác nhau theo vùng hoặc nhóm.")
    var variant: String?

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "In kết quả dạng JSON cho các chương trình khác đọc.")
    var json = false

    func validate() throws {
        guard (1900...2100).contains(year) else { throw ValidationError("Năm «\(year)» không hợp lệ.") }
    }

    func run() async throws {
        let report = try await database.withStore {
            try await CriteriaWorkflow.evaluate(store: $0, unitCode: unit, year: year, setKey: set, variant: variant)
        }
        print(json ? CriteriaOutput.json(report) : CriteriaOutput.text(report))
    }
}

struct CriteriaSets: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sets", abstract: "Liệt kê các bộ tiêu chí: mã, tên, quyết định, hiệu lực, số tiêu chí.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "In kết quả dạng JSON cho các chương trình khác đọc.")
    var json = false

    func run() async throws {
        let sets = try await database.withStore { try await $0.criteriaSets() }
        print(json ? CriteriaOutput.json(sets) : CriteriaOutput.text(sets))
    }
}

struct CriteriaLoad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Nạp hoặc sửa một bộ tiêu chí từ tệp YAML (docs/criteria.md); bộ cùng mã được thay thế.")

    @Argument(help: "Tệp bộ tiêu chí (.yaml).")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let url = URL(fileURLWithPath: file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw CommandError(userMessage: "Không đọc được tệp «\(file)» (cần văn bản UTF-8).")
        }
        let set = try await database.withStore {
            try await CriteriaWorkflow.loadSet(store: $0, text: text, file: url.lastPathComponent)
        }
        print(
            "Đã nạp bộ tiêu chí «\(set.key)»: \(set.name), \(set.criteria.count) tiêu chí; \(set.completenessText.lowercased())."
        )
    }
}
