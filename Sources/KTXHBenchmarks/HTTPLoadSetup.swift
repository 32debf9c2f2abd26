import Foundation
import KTXHCore
import KTXHStorage
import KTXHWeb
import KTXHWorkflows

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What the load needs in the database before the server starts: a leader who reads the pages, reporters of
/// as many communes, each signed in with its own session and form token, and reporting periods opened on their
/// plans that hold no figure yet, so that every save is a new figure and none waits on another.
struct HTTPLoadSetup {
    struct Form {
        var path: String
        var unitCode: String
        var period: Period
        var session: WebSession
    }

    var viewer: WebSession
    var provincePlan: Int64
    var province: String
    var plans: Int
    var targets: Int
    var forms: [Form]
    var indicatorCodes: [String]

    static let actor = "ktxh bench"

    /// Periods a synthetic plan has no figures for: quarters, halves, nine months, then months.
    static let emptyKinds: [Period.Kind] =
        (1...4).map { .quarter($0) } + [.half(1), .half(2), .nineMonths] + (1...12).map { .month($0) }

    static func make(store: Store, spec: SyntheticSpec, reporters: Int, saves: Int) async throws -> HTTPLoadSetup {
        let settings = WebSettings()
        let now = settings.now()
        let plans = try await store.planSummaries().filter { $0.term == .year(spec.lastYear) }
        let province = try RollUpBenchmarks.largestProvinceCode()
        guard let provincePlan = plans.first(where: { $0.unitCode == province }) else {
            throw BenchmarkError("Không có kế hoạch năm \(spec.lastYear) của tỉnh \(province).")
        }
        let viewer = try await store.createAccount(
            username: "bench-lanh-dao", displayName: "Lãnh đạo (đo tải)", role: .viewer, scope: [], passwordHash: "-",
            by: actor, at: now)
        let communePlans = plans.filter { $0.unitCode.count == 5 }.sorted { $0.unitCode < $1.unitCode }.prefix(reporters)
        let codes = (0..<spec.indicators).map { spec.indicator($0).code }
        let periodsNeeded = min(emptyKinds.count, max(1, saves / max(1, communePlans.count * codes.count) + 1))
        var forms: [Form] = []
        for plan in communePlans {
            let account = try await store.createAccount(
                username: "bench-\(plan.unitCode)", displayName: "Cán bộ \(plan.unitName) (đo tải)", role: .reporter,
                scope: [ReportingBody(unitCode: plan.unitCode)], passwordHash: "-", by: actor, at: now)
            let session = try await WebSession.start(accountID: account.id, store: store, settings: settings)
            for kind in emptyKinds.prefix(periodsNeeded) {
                let period = Period(year: spec.lastYear, kind: kind)
                let cutoff = period.reportingWindow.end
                let opened = try await store.openReportingPeriod(
                    planID: plan.id, period: period, cutoff: cutoff, deadline: cutoff, by: actor, at: now)
                let path = SiteRoute.entry(periodID: opened.id, body: ReportingBody.wholeUnitSlug).path
                forms.append(Form(path: path, unitCode: plan.unitCode, period: period, session: session))
            }
        }
        return HTTPLoadSetup(
            viewer: try await WebSession.start(accountID: viewer.id, store: store, settings: settings),
            provincePlan: provincePlan.id, province: province, plans: plans.count, targets: provincePlan.targetCount,
            forms: forms, indicatorCodes: codes)
    }

    func describe(_ load: String) -> String {
        switch load {
        case "plan list": "\(plans) plans"
        case "progress page": "province \(province)'s plan, \(targets) targets"
        case "roll-up page": "province \(province)'s communes rolled up"
        case "dashboard": "province \(province)'s plan: counts, two charts, every indicator"
        default: "\(Set(forms.map(\.unitCode)).count) reporters, each with its own session; one new figure a request"
        }
    }

    /// Figures the reporters' saves stored, read back after the load.
    func savedFigures(in store: Store) async throws -> Int {
        var count = 0
        for form in forms {
            count += try await store.figureStates(unitCode: form.unitCode, period: form.period).count
        }
        return count
    }
}

/// `ktxh serve` from this build on a port of its own, for the load benchmark.
final class WebServerProcess {
    private let process = Process()
    let base: String

    init(location: DatabaseLocation) throws {
        let port = Int.random(in: 20_000..<40_000)
        process.executableURL = URL(fileURLWithPath: MeasuredProcess.ktxh)
        process.arguments = ["serve", "--db", BenchmarkDatabase.argument(location), "--port", "\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        base = "http://127.0.0.1:\(port)"
    }

    func waitUntilReady() async throws {
        guard let health = URL(string: base + SiteRoute.health.path) else { throw BenchmarkError("Địa chỉ sai: \(base)") }
        for _ in 0..<300 {
            if let (_, response) = try? await URLSession.shared.data(from: health),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw BenchmarkError("ktxh serve không khởi động được ở \(base).")
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}
