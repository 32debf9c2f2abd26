import Plot

/// The frame every page shares: Vietnamese language, the site header, the stylesheet, no external assets.
enum Layout {
    static func page(title: String, breadcrumbs: [(String, String?)] = [], _ content: Node<HTML.BodyContext>...)
        -> HTML
    {
        HTML(
            .lang(.vietnamese),
            .head(
                .encoding(.utf8),
                .title("\(title) · ktxh"),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .stylesheet(SiteRoute.stylesheet.path)
            ),
            .body(
                .header(
                    .class("site"),
                    .a(.class("brand"), .href(SiteRoute.home.path), .text("ktxh")),
                    .span(.class("tagline"), .text("Theo dõi, đánh giá chỉ tiêu phát triển kinh tế - xã hội")),
                    .a(.class("action"), .href(SiteRoute.importForm.path), .text("Nhập từ tệp"))
                ),
                .if(
                    !breadcrumbs.isEmpty,
                    .nav(
                        .class("breadcrumbs"), .attribute(named: "aria-label", value: "Đường dẫn"),
                        .forEach(breadcrumbs) { item in
                            item.1.map { .a(.href($0), .text(item.0)) } ?? .span(.text(item.0))
                        })),
                .main(.group(content)),
                .footer(.class("site"), .text("ktxh · số liệu và đánh giá sinh ra từ một nguồn dữ liệu duy nhất"))
            )
        )
    }
}
