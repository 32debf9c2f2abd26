import Plot

/// Đổi mật khẩu: the current password, then the new one twice.
struct PasswordPage {
    var message: String?
    var done: Bool

    func view() -> HTML {
        Layout.page(
            title: "Đổi mật khẩu",
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), ("Đổi mật khẩu", nil)],
            .h1(.text("Đổi mật khẩu")),
            .if(done, .p(.class("notice"), .attribute(named: "role", value: "status"), .text("Đã đổi mật khẩu."))),
            .unwrap(message) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .form(
                .class("stack-form narrow"), .method(.post), .action(SiteRoute.password.path), CSRFField.node(),
                Self.field("current", "Mật khẩu hiện tại", "current-password"),
                Self.field("new", "Mật khẩu mới (ít nhất 10 ký tự)", "new-password"),
                Self.field("confirm", "Nhập lại mật khẩu mới", "new-password"),
                .button(.type(.submit), .text("Đổi mật khẩu"))
            )
        )
    }

    static func field(_ name: String, _ label: String, _ autocomplete: String) -> Node<HTML.FormContext> {
        .div(
            .label(.for(name), .text(label)),
            .input(
                .type(.password), .name(name), .id(name), .required(true),
                .attribute(named: "autocomplete", value: autocomplete)))
    }
}
