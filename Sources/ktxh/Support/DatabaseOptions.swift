import ArgumentParser
import Foundation
import KTXHStorage
import KTXHWeb

/// `--db`, shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Tệp SQLite hoặc địa chỉ postgres://người-dùng:mật-khẩu@máy:cổng/csdl.",
            discussion: "Mặc định: biến môi trường KTXH_DATABASE_URL, nếu không có thì «ktxh.sqlite».",
            valueName: "URL"))
    var db: String?

    var location: DatabaseLocation {
        DatabaseLocation.resolve(db, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens and migrates the store, runs `body`, and always closes the store.
    func withStore<T>(_ body: (Store) async throws -> T) async throws -> T {
        let store = try Store(location: location)
        do {
            try await store.migrate()
            let result = try await body(store)
            await store.shutdown()
            return result
        } catch {
            await store.shutdown()
            throw error
        }
    }
}

/// `--host` and `--port` for the commands that serve the web app.
struct ServerOptions: ParsableArguments {
    @Option(help: "Địa chỉ lắng nghe. Mặc định chỉ máy này; đặt 0.0.0.0 khi đã có HTTPS phía trước (xem README).")
    var host = "127.0.0.1"

    @Flag(help: "Gửi cookie phiên với thuộc tính Secure: bật khi người dùng truy cập qua HTTPS.")
    var secureCookies = false

    @Option(help: "Cổng lắng nghe.")
    var port = 8080

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("Cổng phải từ 1 đến 65535, nhận được \(port).") }
    }

    var settings: WebSettings { WebSettings(clock: CLIClock.shared, secureCookies: secureCookies) }
}

/// Progress lines go to stderr on a terminal and stay quiet when piped.
enum ProgressOutput {
    static let isTerminal = isatty(STDERR_FILENO) == 1

    static func line(_ text: String) {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("… \(text)\n".utf8))
    }
}
