import Plot

/// "Tải về: …": the files a page's table is offered as.
enum Downloads {
    static func links(_ downloads: [(name: String, link: String)]) -> Node<HTML.BodyContext> {
        .if(
            !downloads.isEmpty,
            .p(
                .class("downloads"), .text("Tải về: "),
                .forEach(downloads) { .a(.href($0.link), .text($0.name)) }))
    }
}
