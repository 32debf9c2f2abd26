import KTXHStorage
import Logging
import Vapor

/// Starts the web app on `host:port` over `location` and serves until stopped.
public enum WebServer {
    /// Log records of the whole process as JSON lines (`json`) or as plain text, both on stdout; call once,
    /// before the server starts.
    public static func bootstrapLogging(json: Bool) {
        LoggingSystem.bootstrap { label -> any LogHandler in
            json ? JSONLogHandler(label: label) : StreamLogHandler.standardOutput(label: label)
        }
    }

    /// Serves `location`. A database with steps of the schema still to apply is refused unless `migrate` says to
    /// apply them: an upgrade is a step an administrator takes, after a backup (docs/operations.md).
    public static func run(
        location: DatabaseLocation, host: String, port: Int, settings: WebSettings = WebSettings(), migrate: Bool = false,
        onStart: @Sendable (String) -> Void = { _ in }
    ) async throws {
        let app = try await Application.make(Environment(name: "production", arguments: ["ktxh"]))
        app.http.server.configuration.hostname = host
        app.http.server.configuration.port = port
        let store = try Store(location: location, eventLoopGroup: app.eventLoopGroup, threadPool: app.threadPool)
        do {
            let pending = try await store.pendingMigrations()
            if !pending.isEmpty, !migrate {
                throw StorageError(
                    "Cơ sở dữ liệu \(location) còn \(pending.count) bước cập nhật cấu trúc chưa chạy (\(pending.joined(separator: ", "))). "
                        + "Sao lưu («ktxh backup»), chạy «ktxh migrate», rồi khởi động lại; hoặc khởi động với --migrate.")
            }
            try await store.migrate()
            configure(app, store: store, settings: settings)
            onStart("http://\(host):\(port)")
            try await app.execute()
        } catch {
            await store.shutdown()
            try? await app.asyncShutdown()
            throw error
        }
        await store.shutdown()
        try await app.asyncShutdown()
    }
}
