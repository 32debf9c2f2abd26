import KTXHCore
import KTXHWorkflows

/// Lịch sử số liệu: every version of one figure and every recorded change to it.
struct FigureHistoryPage {
    struct Version: Hashable {
        var number: Int64
        var kind: String
        var value: String
        var cutoff: String
        var reportedBy: String
        var source: String
    }

    var title: String
    var subtitle: String
    var formLink: String
    var versions: [Version]
    var entries: [AuditEntry]
}

extension FigureHistoryPage {
    init(_ context: EntryForm, item: EntryForm.Item, entries: [AuditEntry]) {
        title = "Lịch sử: \(item.indicator.name)"
        subtitle = "\(context.bodyName) · \(context.reporting.period.vietnameseName) · mã \(item.key)"
        formLink = context.route.path
        versions = item.versions.reversed().map {
            Version(
                number: $0.id ?? 0, kind: $0.kind.vietnameseName, value: Display.value($0.value, indicator: item.indicator),
                cutoff: $0.cutoff?.vietnamese ?? "", reportedBy: $0.reportedBy ?? "", source: $0.source ?? "")
        }
        self.entries = entries
    }
}
