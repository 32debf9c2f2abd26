import KTXHCore
import Plot

/// "Bộ tiêu chí": every set with its decision and validity, how much is still to complete, a download to edit
/// and an upload to load a new version.
struct CriteriaSetsPage {
    var sets: [CriteriaSet]
    var message: String?
    var links: [(String, String)]

    func view() -> HTML {
        Layout.page(
            title: "Bộ tiêu chí", breadcrumbs: [("Kế hoạch", SiteRoute.home.path), ("Bộ tiêu chí", nil)],
            .h1(.text("Bộ tiêu chí nông thôn mới")),
            .nav(.class("periods"), .forEach(links) { .a(.href($0.1), .text($0.0)) }),
            .unwrap(message) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .table(
                .class("report"),
                .thead(
                    .tr(
                        .th(.text("Mã")), .th(.text("Tên")), .th(.text("Quyết định")), .th(.text("Hiệu lực")),
                        .th(.text("Phạm vi")), .th(.class("num"), .text("Tiêu chí")), .th(.class("num"), .text("Chỉ tiêu")),
                        .th(.text("Cần bổ sung")))),
                .tbody(
                    .forEach(sets) { set in
                        .tr(
                            .td(.a(.href(SiteRoute.criteriaSetFile(key: set.key).path), .text(set.key))),
                            .td(.text(set.name), .unwrap(set.note) { .div(.class("note"), .text($0)) }),
                            .td(.text(set.decision?.citation ?? "")), .td(.text(set.validityText)),
                            .td(.text(set.scopeCode ?? "Toàn quốc")), .td(.class("num"), .text(String(set.criteria.count))),
                            .td(.class("num"), .text(String(set.criteria.flatMap(\.indicators).count))),
                            .td(
                                .class(set.isComplete ? "met" : "pending"), .text(set.completenessText)))
                    })),
            .if(
                PageContext.current?.allows(.setUp) == true,
                .form(
                    .class("upload"), .action(SiteRoute.criteriaSets.path), .method(.post), .enctype(.multipartData),
                    CSRFField.node(),
                    .div(
                        .label(.for("file"), .text("Nạp hoặc sửa bộ tiêu chí (tệp YAML, xem docs/criteria.md)")),
                        .input(.type(.file), .name("file"), .id("file"), .required(true))),
                    .button(.type(.submit), .text("Nạp bộ tiêu chí"))
                ))
        )
    }
}
