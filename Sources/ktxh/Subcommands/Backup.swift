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
            FILE là một thư mục (đã có, hoặc kết thúc bằng «/»): tệp mang tên ktxh-NĂMTHÁNGNGÀY-GIỜPHÚTGIÂY.bak, và             --keep N giữ N bản mới nhất trong thư mục, xóa các bản cũ hơn (cho lịch sao lưu định kỳ). Khôi phục bằng             «ktxh restore FILE»; lịch sao lưu tự động: docs/operations.md.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Tệp sao lưu sẽ ghi, hoặc thư mục chứa các bản sao lưu.", valueName: "FILE"))
    var output: String

    @Option(help: ArgumentHelp("Trong thư mục sao lưu, giữ N bản mới nhất và xóa các bản cũ hơn.", valueName: "N"))
    var keep: Int?

    func validate() throws {
        if let keep, keep < 1 { throw ValidationError("--keep phải từ 1 trở lên, nhận được \(keep).") }
    }

    @Flag(help: "In kết quả dạng JSON.")
    var json = false

    func run() async throws {
        let location = database.location
        if case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
            throw StorageError("Không có cơ sở dữ liệu «\(path)» để sao lưu.")
        }
        let rotation = BackupRotation(output: output, now: CLIClock.now())
        if keep != nil, rotation.folder == nil {
            throw ValidationError("--keep chỉ dùng khi -o là một thư mục.")
        }
        let file = rotation.file
        if let folder = rotation.folder { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let counts = try await Store.withOpened(location) { store in
            ProgressOutput.line("Đang sao lưu \(location)")
            try await store.backup(to: file)
            return try await store.tableCounts()
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        print(BackupOutput.render(counts, file: file, bytes: bytes, json: json, verb: "Đã sao lưu \(location) vào"))
        if let keep {
            for old in try rotation.removeAllBut(keep) where !json { print("Đã xóa bản sao lưu cũ \(old.lastPathComponent).") }
        }
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
        let (counts, pending) = try await Store.withOpened(location) { store in
            (try await store.tableCounts(), try await store.pendingMigrations())
        }
        print(BackupOutput.render(counts, file: source, bytes: nil, json: json, verb: "Đã khôi phục \(location) từ"))
        if !pending.isEmpty, !json {
            print("Bản sao lưu có từ phiên bản cũ hơn: còn \(pending.count) bước cập nhật, chạy «ktxh migrate».")
        }
    }
}

/// Sao lưu định kỳ: backups in one folder, named by their time so that names sort as times do; the oldest go
/// first when only the newest N are kept.
struct BackupRotation {
    var folder: URL?
    var file: URL

    init(output: String, now: Date) {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isFolder)
        guard output.hasSuffix("/") || exists && isFolder.boolValue else {
            folder = nil
            file = URL(fileURLWithPath: output)
            return
        }
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .vietnam
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        let stamp = String(
            format: "%04d%02d%02d-%02d%02d%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
        self.folder = folder
        file = folder.appendingPathComponent("ktxh-\(stamp).bak")
    }

    /// Removes all but the newest `count` backups of the folder; returns what it removed.
    func removeAllBut(_ count: Int) throws -> [URL] {
        guard let folder else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("ktxh-") && $0.hasSuffix(".bak") }.sorted()
        let old = names.dropLast(count).map { folder.appendingPathComponent($0) }
        for file in old { try FileManager.default.removeItem(at: file) }
        return old
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
