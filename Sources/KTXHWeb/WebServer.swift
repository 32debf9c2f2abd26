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

    public static func run(
        location: DatabaseLocation, host: String, port: Int, settings: WebSettings = WebSettings(),
        onStart: @Sendable (String) -> Void = { _ in }
    ) async throws {
        let app = try await Application.make(Environment(name: "production", arguments: ["ktxh"]))
        app.http.server.configuration.hostname = host
        app.http.server.configuration.port = port
        let store = try Store(location: location, eventLoopGroup: app.eventLoopGroup, threadPool: app.threadPool)
        do {
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
