import Foundation
import Prometheus

/// Số đo vận hành: what `/metrics` gives Prometheus. One registry per server; every label is bounded (a
/// route's pattern, never its values), so a scrape stays small however many plans and communes there are.
public final class SiteMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let inFlight: Gauge
    private let figures: Counter
    private let failedLogins: Counter
    private let databaseDown: Counter

    /// Request durations up to the minute a large import may take.
    static let buckets: [Duration] = [
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10), .seconds(30),
        .seconds(60),
    ]

    static let requestDuration = (
        "http_request_duration", "seconds", "Time to answer a request, by route pattern, method and status."
    )

    /// "ktxh_NAME_UNIT" with its help line.
    static func name(_ parts: (name: String, unit: String, help: String)) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "ktxh", metricName: parts.name, unitName: parts.unit, helpText: parts.help)
    }

    public init() {
        inFlight = registry.makeGauge(
            descriptor: Self.name(
                ("http_requests_in_flight", "", "Requests being served now; each holds at most one database connection.")))
        figures = registry.makeCounter(descriptor: Self.name(("figures_saved", "total", "Figures saved from entry forms.")))
        failedLogins = registry.makeCounter(
            descriptor: Self.name(("failed_logins", "total", "Logins refused, wrong or throttled.")))
        databaseDown = registry.makeCounter(
            descriptor: Self.name(("database_unavailable", "total", "Health checks that found the database unreachable.")))
    }

    func requestStarted() { inFlight.increment() }

    /// One request done: its route pattern ("/plans/:planID"), method, status and how long it took.
    func requestFinished(method: String, route: String, status: Int, duration: Duration) {
        inFlight.decrement()
        registry.makeDurationHistogram(
            descriptor: Self.name(Self.requestDuration),
            labels: [("method", method), ("route", route), ("status", String(status))],
            buckets: Self.buckets
        ).record(duration)
    }

    func figuresSaved(_ count: Int) { figures.increment(by: Int64(count)) }
    func loginFailed() { failedLogins.increment() }
    func databaseUnavailable() { databaseDown.increment() }

    /// An import applied ("ok") or refused ("refused").
    func importFinished(_ outcome: String) {
        registry.makeCounter(
            descriptor: Self.name(("imports", "total", "Imports confirmed, by outcome.")), labels: [("outcome", outcome)]
        ).increment()
    }

    /// The text format Prometheus scrapes.
    public func exposition() -> String { registry.emitToString() }
}
