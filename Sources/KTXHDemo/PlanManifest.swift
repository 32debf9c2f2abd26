/// One entry of the demo's `plans.json`: a plan, its table file and the progress reports on it.
struct PlanManifest: Decodable, Sendable {
    var key: String
    var title: String
    var number: String?
    var issuedOn: String?
    var issuer: String
    var issuerName: String
    var unit: String
    var term: String
    var table: String
    var source: String?
    var progress: [Progress]?

    struct Progress: Decodable, Sendable {
        var period: String
        var cutoff: String?
        var report: String?
        var reportIssuer: String?
        var valueColumn: String?
        var observations: String?
    }
}
