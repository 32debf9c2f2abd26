import KTXHCore
import KTXHWorkflows
import Plot

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

    func view() -> HTML {
        Layout.page(
            title: title,
            breadcrumbs: [("Nhập số liệu", SiteRoute.myWork.path), ("Phiếu nhập", formLink), ("Lịch sử", nil)],
            .h1(.text(title)),
            .p(.class("subtitle"), .text(subtitle)),
            .h2(.text("Các lần ghi số liệu (không lần nào bị ghi đè)")),
            .table(
                .class("list"),
                .thead(
                    .tr(
                        .th(.text("Lần ghi")), .th(.text("Loại")), .th(.class("num"), .text("Giá trị")),
                        .th(.text("Đến ngày")), .th(.text("Người báo cáo")), .th(.text("Nguồn")))),
                .tbody(
                    .forEach(versions) { v in
                        .tr(
                            .td(.text("#\(v.number)")), .td(.text(v.kind)), .td(.class("num"), .text(v.value)),
                            .td(.text(v.cutoff)), .td(.text(v.reportedBy)), .td(.class("muted"), .text(v.source)))
                    })),
            .h2(.text("Nhật ký thay đổi")),
            AuditTable.node(entries)
        )
    }
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
