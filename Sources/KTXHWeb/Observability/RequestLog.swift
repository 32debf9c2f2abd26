import Foundation
import Logging
import Vapor

/// Nhật ký yêu cầu: one log record per request (method, path, route, status, duration, user, client) and its
/// sample in the metrics. Outermost, so it sees the status the user got, error pages included.
struct RequestLogMiddleware: AsyncMiddleware {
    let metrics: SiteMetrics
    let settings: WebSettings
    /// Off in tests, where a line per request would drown the test log; `ktxh serve` turns it on.
    let logs: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        metrics.requestStarted()
        let status: Int
        let response: Response
        do {
            response = try await next.respond(to: request)
            status = Int(response.status.code)
        } catch {
            let code = (error as? any AbortError)?.status.code ?? 500
            finish(request, status: Int(code), duration: clock.now - start)
            throw error
        }
        finish(request, status: status, duration: clock.now - start)
        return response
    }

    private func finish(_ request: Request, status: Int, duration: Duration) {
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "(không khớp)"
        metrics.requestFinished(method: request.method.rawValue, route: route, status: status, duration: duration)
        guard logs else { return }
        let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        request.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue), "path": .string(request.url.path), "route": .string(route),
                "status": .stringConvertible(status), "duration_ms": .string(String(format: "%.1f", milliseconds)),
                "user": .string(request.signedIn?.account.username ?? "-"),
                "client": .string(request.clientAddress(settings.trustedProxies)),
            ])
    }
}

/// swift-log's records as JSON lines on stdout, one object per record, for journald, Loki or any log shipper:
/// `{"time":"2026-12-07T04:00:00.123Z","level":"info","message":"request","method":"GET",…}`.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    let label: String
    private static let output = NSLock()

    public init(label: String) {
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var object: [String: Any] = [
            "time": Self.timestamp(Date()), "level": event.level.rawValue, "message": event.message.description,
            "logger": label,
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { _, new in new }) {
            object[key] = Self.plain(value)
        }
        guard var line = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        line.append(0x0A)
        Self.output.lock()
        FileHandle.standardOutput.write(line)
        Self.output.unlock()
    }

    static func plain(_ value: Logger.MetadataValue) -> Any {
        switch value {
        case .string(let text):
            text.isEmpty || !text.allSatisfy({ $0.isNumber || $0 == "." }) ? text : Int(text) ?? Double(text) ?? text
        case .stringConvertible(let item): Int(item.description) ?? item.description as Any
        case .array(let items): items.map(plain)
        case .dictionary(let entries): entries.mapValues(plain)
        }
    }

    static func timestamp(_ date: Date) -> String {
        Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date)
    }
}
