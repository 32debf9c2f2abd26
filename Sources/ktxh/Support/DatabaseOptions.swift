import ArgumentParser
import Foundation
import KTXHStorage

/// `--db`, shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Tệp SQLite hoặc địa chỉ postgres://người-dùng:mật-khẩu@máy:cổng/csdl.",
            discussion:
                "Mặc định: biến môi trường KTXH_DATABASE_URL, nếu không có thì KTXH_DATABASE_URL trong tệp cấu hình "
                + "(KTXH_CONFIG, mặc định /etc/ktxh/ktxh.env), nếu không có thì «ktxh.sqlite».",
            valueName: "URL"))
    var db: String?

    var location: DatabaseLocation {
        DatabaseLocation.resolve(db, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens and migrates the store, runs `body`, and always closes the store.
    func withStore<T>(_ body: (Store) async throws -> T) async throws -> T {
        try await Store.withMigrated(location, body)
    }
}

/// Progress lines go to stderr on a terminal and stay quiet when piped.
enum ProgressOutput {
    static let isTerminal = isatty(STDERR_FILENO) == 1

    static func line(_ text: String) {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("… \(text)\n".utf8))
    }
}
