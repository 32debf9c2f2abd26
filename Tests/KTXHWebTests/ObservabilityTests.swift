import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import Logging
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// `/metrics`, `/healthz` and the request log, as an operations team reads them.
@Suite("Metrics, health and the request log")
struct ObservabilityTests {
    @Test("/metrics counts requests by route pattern, figures saved and failed logins, in Prometheus's format")
    func metrics() async throws {
        try await EntryTests().withForm { setup in
            let web = setup.web
            let reporter = try await web.signIn(.reporter, scope: [EntryTests.tckh])
            #expect(
                try await reporter.post(setup.form, EntryTests().rows(revenue: "150,5", households: "4.227")).status == .seeOther)
            #expect(try await LoginTests().login(web, "khong-co", "sai-mat-khau").status == .unauthorized)
            let plan = try #require(try await web.store.planSummaries().first)
            #expect(try await reporter.get(SiteRoute.plan(id: plan.id).path).status == .ok)

            let scrape = try await web.anonymous.get("/metrics")
            #expect(scrape.status == .ok)
            #expect(scrape.headers.contentType?.description.hasPrefix("text/plain") == true)
            let text = scrape.body.string
            #expect(text.contains("# TYPE ktxh_http_request_duration_seconds histogram"))
            // A route's pattern, never its values: one series however many plans there are.
            #expect(
                text.contains(#"ktxh_http_request_duration_seconds_count{method="GET",route="/plans/:planID",status="200"} 1"#))
            #expect(!text.contains("route=\"/plans/\(plan.id)\""))
            #expect(text.contains(#"route="/entry/:periodID/:body",status="303"}"#))
            #expect(text.contains("ktxh_figures_saved_total 2\n"))
            #expect(text.contains("ktxh_failed_logins_total 1\n"))
            #expect(text.contains("ktxh_http_requests_in_flight 1.0"), "the scrape itself is in flight")
        }
    }

    @Test("/healthz answers 200 while the database answers and 503 in Vietnamese when it does not")
    func health() async throws {
        try await WebTestApp.with(demo: false) { web in
            let ok = try await web.anonymous.get("/healthz")
            #expect(ok.status == .ok && ok.body.string == "ok")
        }
        let app = try await Application.make(.testing)
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("khong-co-\(UUID().uuidString)/ktxh.sqlite")
        let store = try Store(
            location: .sqlite(path: missing.path), eventLoopGroup: app.eventLoopGroup, threadPool: app.threadPool)
        let settings = WebSettings(clock: .fixed(WebTestApp.now), passwords: WebTestApp.passwords)
        configure(app, store: store, settings: settings)
        let down = try await app.testing().sendRequest(.GET, "/healthz")
        #expect(down.status == .serviceUnavailable)
        #expect(down.body.string.contains("Không kết nối được cơ sở dữ liệu"))
        #expect(settings.metrics.exposition().contains("ktxh_database_unavailable_total 1"))
        await store.shutdown()
        try await app.asyncShutdown()
    }

    @Test("Each request is one log record with its method, path, route, status, duration and user")
    func requestLog() async throws {
        try await WebTestApp.with(demo: true) { web in
            let records = LogRecords()
            let logged = try await Application.make(.testing)
            logged.logger = Logger(label: "ktxh.test") { _ in CapturingLogHandler(records: records) }
            var settings = web.settings
            settings.logRequests = true
            configure(logged, store: web.store, settings: settings)
            let viewer = try await web.signIn(.viewer)
            var headers = HTTPHeaders()
            headers.add(name: .cookie, value: try #require(viewer.cookie))
            let plan = try #require(try await web.store.planSummaries().first)
            _ = try await logged.testing().sendRequest(.GET, SiteRoute.plan(id: plan.id).path, headers: headers)
            try await logged.asyncShutdown()
            let record = try #require(records.all.first { $0.message == "request" })
            #expect(record.metadata["method"] == "GET" && record.metadata["status"] == "200")
            #expect(record.metadata["path"] == "/plans/\(plan.id)" && record.metadata["route"] == "/plans/:planID")
            #expect(record.metadata["user"] == viewer.account?.username)
            #expect(Double(record.metadata["duration_ms"] ?? "") != nil)
        }
    }

    @Test("The JSON log handler writes numbers as numbers and every value under its key")
    func jsonValues() {
        #expect(JSONLogHandler.plain(.string("12.5")) as? Double == 12.5)
        #expect(JSONLogHandler.plain(.stringConvertible(200)) as? Int == 200)
        #expect(JSONLogHandler.plain(.string("/plans/3")) as? String == "/plans/3")
        #expect(JSONLogHandler.plain(.string("")) as? String == "")
        #expect(JSONLogHandler.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
    }
}

/// What a test's logger received.
final class LogRecords: @unchecked Sendable {
    struct Record {
        var message: String
        var metadata: [String: String]
    }

    private let lock = NSLock()
    private var records: [Record] = []

    func append(_ record: Record) {
        lock.lock()
        records.append(record)
        lock.unlock()
    }

    var all: [Record] {
        lock.lock()
        defer { lock.unlock() }
        return records
    }
}

struct CapturingLogHandler: LogHandler {
    let records: LogRecords
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        records.append(.init(message: event.message.description, metadata: merged.mapValues(\.description)))
    }
}
