import Plot

/// A POST form with the session's CSRF token, whose content is ordinary body content: Plot's own form
/// context would keep a shared table or fieldset from being used both inside and outside a form.
enum PostForm {
    static func node(
        action: String? = nil, id: String? = nil, class className: String? = nil, _ nodes: Node<HTML.BodyContext>...
    ) -> Node<HTML.BodyContext> {
        .element(
            named: "form",
            nodes: [
                .attribute(named: "method", value: "post"),
                .unwrap(action) { .attribute(named: "action", value: $0) },
                .unwrap(id) { .attribute(named: "id", value: $0) },
                .unwrap(className) { .attribute(named: "class", value: $0) },
                .input(.type(.hidden), .name(CSRF.field), .value(PageContext.current?.csrfToken ?? "")),
            ] + nodes)
    }
}
