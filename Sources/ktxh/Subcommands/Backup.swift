import ArgumentParser
import Foundation
import KTXHStorage
import KTXHWorkflows

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sao lưu toàn bộ cơ sở dữ liệu vào một tệp, kể cả khi máy chủ đang chạy.",
        discussion: """
            SQLite: một bản sao nhất quán (VACUUM INTO) tại một thời điểm, trong khi người dùng vẫn nhập số liệu. \
            PostgreSQL: pg_dump dạng custom (cần gói postgresql-client cùng phiên bản với máy chủ). Tệp được ghi \
            trọn vẹn rồi mới đổi tên thành FILE, nên một lần sao lưu hỏng không để lại tệp dở dang. \
            Khôi phục bằng «ktxh restore FILE»; lịch sao lưu tự động: docs/operations.md.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Tệp sao lưu sẽ ghi.", valueName: "FILE"))
    var output: String

    @Flag(help: "In kết quả dạng JSON.")
    var json = false

    func run() async throws {
        let location = database.location
        if case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
            throw StorageError("Không có cơ sở dữ liệu «\(path)» để sao lưu.")
        }
        let file = URL(fileURLWithPath: output)
        let store = try Store(location: location)
        let counts: [Store.TableCount]
        do {
            ProgressOutput.line("Đang sao lưu \(location)")
            try await store.backup(to: file)
            counts = try await store.tableCounts()
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        print(BackupOutput.render(counts, file: file, bytes: bytes, json: json, verb: "Đã sao lưu \(location) vào"))
    }
}

struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Khôi phục cơ sở dữ liệu từ một tệp do «ktxh backup» ghi.",
        discussion: """
            Hãy dừng máy chủ ktxh trước khi khôi phục. Cơ sở dữ liệu đã có dữ liệu chỉ bị thay khi có --force. \
            PostgreSQL: pg_restore trong một giao dịch, lỗi thì cơ sở dữ liệu giữ nguyên. SQLite: tệp sao lưu được \
            kiểm tra (integrity_check) rồi mới thay tệp cũ. Sau khi khôi phục, chạy «ktxh migrate» nếu bản sao lưu \
            có từ phiên bản ktxh cũ hơn.
            """)

    @Argument(help: ArgumentHelp("Tệp sao lưu.", valueName: "FILE"))
    var file: String

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Ghi đè cơ sở dữ liệu đã có dữ liệu.")
    var force = false

    @Flag(help: "In kết quả dạng JSON.")
    var json = false

    func run() async throws {
        let location = database.location
        let source = URL(fileURLWithPath: file)
        ProgressOutput.line("Đang khôi phục \(source.lastPathComponent) vào \(location)")
        try await Store.restore(from: source, to: location, force: force)
        let store = try Store(location: location)
        let counts: [Store.TableCount]
        let pending: [String]
        do {
            counts = try await store.tableCounts()
            pending = try await store.pendingMigrations()
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
        print(BackupOutput.render(counts, file: source, bytes: nil, json: json, verb: "Đã khôi phục \(location) từ"))
        if !pending.isEmpty, !json {
            print("Bản sao lưu có từ phiên bản cũ hơn: còn \(pending.count) bước cập nhật, chạy «ktxh migrate».")
        }
    }
}

enum BackupOutput {
    static func render(_ counts: [Store.TableCount], file: URL, bytes: Int?, json: Bool, verb: String) -> String {
        let rows = counts.map(\.rows).reduce(0, +)
        if json {
            var object: [String: Any] = [
                "file": file.path, "rows": rows,
                "tables": counts.map { ["table": $0.table, "rows": $0.rows] as [String: Any] },
            ]
            if let bytes { object["bytes"] = bytes }
            return JSONText.encode(object)
        }
        let size = bytes.map { ", \(VietnameseBytes.text($0))" } ?? ""
        return "\(verb) \(file.path): \(counts.count) bảng, \(rows) dòng\(size)."
    }
}

/// "1,5 MB", "830 kB", as the rest of the product writes numbers.
enum VietnameseBytes {
    static func text(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(max(1, bytes / 1000)) kB" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10),\(tenths % 10) MB"
    }
}
