import Foundation
import KTXHCore
import KTXHImport
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows

/// Files for the import tests, written to a temporary folder.
enum ImportFixtures {
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-import-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func file(_ name: String, _ data: Data) throws -> URL {
        let url = folder.appendingPathComponent(name)
        // Tests run in parallel and write the same seed under the same name: an atomic replace means a reader
        // never sees the file truncated by another test's write.
        try data.write(to: url, options: .atomic)
        return url
    }

    static func seed(_ number: String) throws -> URL {
        try file("seed-\(number).txt", Data(try SeedFixture.text(number).utf8))
    }

    /// Seed 001's table with the title above it, without the report's prose.
    static func seed001TableText() throws -> URL {
        let lines = try SeedFixture.text("001").components(separatedBy: "\n")
        let table = lines.drop { !$0.hasPrefix("STT\tChỉ tiêu") }
        let heading = "BIỂU TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT 6 THÁNG ĐẦU NĂM 2024\nỦy ban nhân dân thành phố Bắc Kạn"
        return try file("seed-001-table.txt", Data(([heading] + table).joined(separator: "\n").utf8))
    }

    /// Seed 001's table as openpyxl writes it (Tests/Fixtures/scripts/make_xlsx.py).
    static func seed001Workbook() throws -> URL {
        let out = folder.appendingPathComponent("seed-001-\(UUID().uuidString).xlsx")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/scripts/make_xlsx.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, try seed("001").path, out.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        return out
    }

    static var openpyxlAvailable: Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import openpyxl"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Everything a user could see of a database: plans with their targets, and every figure.
    struct Snapshot: Equatable {
        var plans: [String]
        var observations: Int
    }

    static func snapshot(_ store: Store) async throws -> Snapshot {
        let plans = try await store.planDocuments().values.map { document in
            "\(document.plan.key): " + document.targets.map { "\($0.indicatorCode)=\($0.text)" }.joined(separator: ";")
        }
        return Snapshot(plans: plans.sorted(), observations: try await store.observationCount())
    }

    /// Imports `url`, throwing when the review is refused.
    @discardableResult
    static func importFile(_ url: URL, into store: Store, options: ImportOptions = ImportOptions()) async throws
        -> ApplyResult
    {
        let review = try await ImportWorkflow.review(url, options: options, store: store)
        return try await ImportWorkflow.apply(review, store: store, at: TestClock.now)
    }

    /// One comparable line per row of a progress table: what a person reads on the page.
    static func rows(_ table: ProgressTable) -> [String] {
        table.rows.map { row in
            switch row {
            case .section(let s): return "\(s.label) \(s.title)"
            case .indicator(let r):
                let value = r.current.map { "\($0.value)" } ?? "-"
                return "\(r.target.label ?? "") \(r.indicator.name) | \(r.target.text) | \(value) | "
                    + "\(r.evaluation?.label?.rawValue ?? "") | \(r.target.role.rawValue)"
            }
        }
    }
}
