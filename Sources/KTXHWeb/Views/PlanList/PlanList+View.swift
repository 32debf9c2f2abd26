import Foundation
import KTXHCore
import Plot

extension PlanListPage {
    func view() -> HTML {
        Layout.page(
            title: "Kế hoạch và chỉ tiêu",
            .h1(.text("Kế hoạch phát triển kinh tế - xã hội")),
            .form(
                .method(.get), .action(SiteRoute.home.path), .class("search"),
                .label(.for("q"), .text("Tìm kế hoạch ")),
                .input(.type(.search), .id("q"), .name("q"), .value(search), .placeholder("Tên xã, tỉnh, mã hoặc số hiệu")),
                .button(.type(.submit), .text("Tìm"))),
            .if(
                items.isEmpty && search.isEmpty && total == 0,
                .p(.class("empty"), .text("Chưa có kế hoạch nào. Chạy «ktxh demo» để nạp dữ liệu mẫu."))),
            .if(
                items.isEmpty && !(search.isEmpty && total == 0),
                .p(.class("empty"), .text("Không có kế hoạch nào khớp «\(search)» ở trang này."))),
            .if(!items.isEmpty, pager),
            .if(
                !items.isEmpty,
                .table(
                    .class("list"),
                    .thead(
                        .tr(
                            .th(.text("Kế hoạch")), .th(.text("Cơ quan ban hành")), .th(.text("Đơn vị")),
                            .th(.text("Thời kỳ")), .th(.class("num"), .text("Số chỉ tiêu")), .th(.text("Tiến độ thực hiện"))
                        )),
                    .tbody(
                        .forEach(items) { item in
                            .tr(
                                .td(.a(.href(item.link), .text(item.title)), .br(), .small(.text(item.document))),
                                .td(.text(item.issuer)),
                                .td(.text(item.unit)),
                                .td(.text(item.term)),
                                .td(.class("num"), .text(String(item.targetCount))),
                                .td(
                                    .if(item.progressLinks.isEmpty, .span(.class("muted"), .text("Chưa có số liệu"))),
                                    .forEach(item.progressLinks) { link in .a(.href(link.link), .text(link.name)) })
                            )
                        })
                )),
            .if(pageCount > 1, pager)
        )
    }

    /// «Trang 2/68 (3.355 kế hoạch) · ‹ Trang trước · Trang sau ›».
    private var pager: Node<HTML.BodyContext> {
        .nav(
            .class("pager"), .attribute(named: "aria-label", value: "Chuyển trang"),
            .span(.text("Trang \(page)/\(pageCount) (\(VietnameseNumber.format(Decimal(total))) kế hoạch)")),
            .if(page > 1, .a(.href(link(toPage: page - 1)), .attribute(named: "rel", value: "prev"), .text("‹ Trang trước"))),
            .if(
                page < pageCount,
                .a(.href(link(toPage: page + 1)), .attribute(named: "rel", value: "next"), .text("Trang sau ›"))))
    }
}
