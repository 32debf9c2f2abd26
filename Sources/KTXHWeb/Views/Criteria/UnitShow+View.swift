import KTXHCore
import KTXHWorkflows
import Plot

/// "Đơn vị hành chính": a unit as of a day, its parent, its children, and where it came from or went.
struct UnitShowPage {
    var history: UnitHistoryWorkflow.UnitHistory
    var day: CalendarDay

    func view() -> HTML {
        let unit = history.unit
        let title = "\(unit.name) (\(unit.code))"
        return Layout.page(
            title: title, breadcrumbs: [("Kế hoạch", SiteRoute.home.path), (title, nil)],
            .h1(.text(title)),
            .p(
                .class("subtitle"),
                .text(
                    "\(unit.kindName) · hiệu lực \(unit.validFrom?.vietnamese ?? "không rõ") – \(unit.validTo?.vietnamese ?? "nay") · xem tại ngày \(day.vietnamese)"
                )),
            .nav(
                .class("periods"),
                .a(.href(SiteRoute.unit(code: unit.code).path + "?at=2024-12-31"), .text("Trước sắp xếp (31/12/2024)")),
                .a(.href(SiteRoute.unit(code: unit.code).path + "?at=2025-07-01"), .text("Sau sắp xếp (1/7/2025)"))),
            .unwrap(history.parent) { parent in
                .p(.text("Cấp trên: "), .a(.href(link(parent.code)), .text("\(parent.name) (\(parent.code))")))
            },
            links(
                "Hình thành từ (1/7/2025)", history.predecessors.map { ($0.oldCode, $0.oldName, $0.share.vietnameseName) },
                at: "2025-06-30"),
            links(
                "Sáp nhập vào (1/7/2025)", history.successors.map { ($0.newCode, $0.newName, $0.share.vietnameseName) },
                at: "2025-07-01"),
            .if(
                !history.children.isEmpty,
                .section(
                    .h2(.text("Đơn vị trực thuộc (\(history.children.count))")),
                    .ul(
                        .class("tree"),
                        .forEach(history.children) { child in
                            .li(.a(.href(link(child.code)), .text("\(child.name) (\(child.code))")))
                        })))
        )
    }

    private func link(_ code: String, at: String? = nil) -> String {
        SiteRoute.unit(code: code).path + "?at=\(at ?? day.iso)"
    }

    private func links(_ title: String, _ items: [(String, String, String)], at: String) -> Node<HTML.BodyContext> {
        .if(
            !items.isEmpty,
            .section(
                .h2(.text(title)),
                .ul(
                    .forEach(items) { item in
                        .li(.a(.href(link(item.0, at: at)), .text("\(item.1) (\(item.0))")), .text(", \(item.2)"))
                    })))
    }
}
