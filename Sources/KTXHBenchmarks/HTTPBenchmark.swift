import Foundation
import KTXHCore
import KTXHStorage
import KTXHWeb
import KTXHWorkflows

/// Pages and saves under load: `ktxh serve` from this build on the roll-up benchmark's national data, `wrk` on
/// loopback sharing the machine's cores with it. The reference is the same server's `/healthz`, a route that
/// returns a constant string through the same middleware, measured in the same run.
enum HTTPBenchmark {
    /// What `wrk` sends: one page for a signed-in leader, or figure saves spread over many reporters.
    struct Load {
        var name: String
        var path: String
        var script: String
        var goal: String
        var saves = false
    }

    /// What one `wrk` run measured, from the script's `done` hook.
    struct Run: Decodable {
        var requests: Int
        var seconds: Double
        var p99: Double
        var errors: Int
        var perSecond: Double { Double(requests) / max(seconds, 0.001) }
    }

    static let connections = 16
    static let threads = 2
    static let pageGoal = "≥ 2,000 req/s, p99 < 50 ms"

    static func run(
        location: DatabaseLocation, spec: SyntheticSpec, database: String, sizes: BenchmarkSizes, work: URL,
        progress: (String) -> Void
    ) async throws -> [BenchmarkResult] {
        guard let wrk = MeasuredProcess.find("wrk") else {
            progress("Chưa cài wrk (gói wrk): bỏ qua đo tải HTTP")
            return []
        }
        progress("Tải HTTP trên \(database): tạo tài khoản, phiên và kỳ báo cáo")
        let setup = try await Store.withMigrated(location) {
            try await HTTPLoadSetup.make(store: $0, spec: spec, reporters: sizes.httpReporters, saves: 4_000 * sizes.httpSeconds)
        }
        let loads = loads(setup, spec: spec)
        let server = try WebServerProcess(location: location)
        defer { server.stop() }
        try await server.waitUntilReady()
        let seconds = "\(sizes.httpSeconds)s"
        func measure(_ path: String, _ script: URL) throws -> Run {
            let output = try MeasuredProcess.output([
                wrk, "-t\(threads)", "-c\(connections)", "-d\(seconds)", "--timeout", "10s", "-s", script.path,
                server.base + path,
            ])
            guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("{") }),
                let run = try? JSONDecoder().decode(Run.self, from: Data(line.utf8))
            else { throw BenchmarkError("wrk không báo kết quả: \(output.suffix(400))") }
            return run
        }
        progress("Tải HTTP trên \(database): /healthz")
        let health = try measure(SiteRoute.health.path, try writeScript(pageScript(setup.viewer), "health", work))
        var results: [BenchmarkResult] = []
        var acknowledgedSaves = 0
        for load in loads {
            progress("Tải HTTP trên \(database): \(load.name)")
            let script = try writeScript(load.script, load.name.replacingOccurrences(of: " ", with: "-"), work)
            let run = try measure(load.path, script)
            guard run.errors == 0 else {
                throw BenchmarkError("\(load.name): \(run.errors) yêu cầu lỗi trong \(run.requests) khi đo tải.")
            }
            if load.saves { acknowledgedSaves += run.requests }
            results.append(
                BenchmarkResult(
                    name: "http \(load.name) \(database)", ktxh: run.perSecond, reference: health.perSecond,
                    referenceName: "/healthz, same server", unit: "req/s",
                    detail: String(
                        format: "p99 %.1f ms (/healthz %.1f ms), %d requests, %d connections; %@", run.p99, health.p99,
                        run.requests, connections, setup.describe(load.name)),
                    goal: load.goal))
        }
        // Every save wrk saw acknowledged is in the database (requests still under way at the end may add more).
        let stored = try await Store.withMigrated(location) { try await setup.savedFigures(in: $0) }
        if stored < acknowledgedSaves {
            throw BenchmarkError("Chỉ có \(stored) số liệu được lưu, ít hơn \(acknowledgedSaves) lần lưu được báo thành công.")
        }
        return results
    }

    static func loads(_ setup: HTTPLoadSetup, spec: SyntheticSpec) -> [Load] {
        let year = Period.year(spec.lastYear)
        let page = pageScript(setup.viewer)
        return [
            Load(name: "plan list", path: SiteRoute.home.path, script: page, goal: pageGoal),
            Load(
                name: "progress page", path: SiteRoute.progress(planID: setup.provincePlan, period: year).path,
                script: page, goal: pageGoal),
            Load(
                name: "roll-up page", path: SiteRoute.rollUp(planID: setup.provincePlan, period: year).path,
                script: page, goal: pageGoal),
            Load(
                name: "dashboard", path: SiteRoute.dashboard(planID: setup.provincePlan, period: year).path,
                script: page, goal: pageGoal),
            Load(
                name: "saves", path: SiteRoute.home.path, script: saveScript(setup), goal: "≥ 500 saves/s, p99 < 50 ms",
                saves: true),
        ]
    }

    static func writeScript(_ text: String, _ name: String, _ work: URL) throws -> URL {
        let url = work.appendingPathComponent("wrk-\(name).lua")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Prints what was measured as one JSON line: requests, seconds, the 99th percentile in ms, and every
    /// failed request (a status of 400 or more, a refused or timed-out connection).
    static let done = """
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format('{"requests":%d,"seconds":%.6f,"p99":%.3f,"errors":%d}\\n', summary.requests,
            summary.duration / 1e6, latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout))
        end

        """

    static func pageScript(_ session: WebSession) -> String {
        "wrk.headers[\"Cookie\"] = \"\(WebSession.cookieName)=\(session.token)\"\n" + done
    }

    /// Each request saves one figure no request saved before (revision 0), for a reporter signed in with its own
    /// session and form token: consecutive requests go to different reporters, so saves run side by side.
    static func saveScript(_ setup: HTTPLoadSetup) -> String {
        let forms = setup.forms.map { "{\"\($0.path)\", \"\($0.session.token)\", \"\($0.session.csrfToken)\"}" }
        let codes = setup.indicatorCodes.map { "\"\($0)\"" }
        return """
            local forms = {\(forms.joined(separator: ",\n"))}
            local codes = {\(codes.joined(separator: ", "))}
            local counter = 0
            local made = 0
            function setup(thread)
              thread:set("first", made)
              made = made + 1
            end
            function request()
              local i = first + counter * \(threads)
              counter = counter + 1
              local form = forms[(i % #forms) + 1]
              local code = codes[(math.floor(i / #forms) % #codes) + 1]
              local body = "_csrf=" .. form[3] .. "&r0_code=" .. code .. "&r0_rev=0&r0_kind=actual&r0_value=" .. (100 + i % 900)
              return wrk.format("POST", form[1], {["Cookie"] = "\(WebSession.cookieName)=" .. form[2],
                ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
            end

            """ + done
    }
}
