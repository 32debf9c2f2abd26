import Plot

/// Đăng nhập: username and password, with the token of the double-submit cookie.
struct LoginPage {
    var username: String
    var next: String
    var loginToken: String
    var message: String?

    func view() -> HTML {
        Layout.page(
            title: "Đăng nhập",
            .h1(.text("Đăng nhập")),
            .p(.class("subtitle"), .text("Hệ thống theo dõi, đánh giá chỉ tiêu phát triển kinh tế - xã hội")),
            .unwrap(message) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .form(
                .class("stack-form narrow"), .method(.post), .action(SiteRoute.login.path),
                .input(.type(.hidden), .name(CSRF.field), .value(loginToken)),
                .input(.type(.hidden), .name("next"), .value(next)),
                .div(
                    .label(.for("username"), .text("Tên đăng nhập")),
                    .input(
                        .type(.text), .name("username"), .id("username"), .value(username), .required(true),
                        .autofocus(true), .attribute(named: "autocomplete", value: "username"),
                        .attribute(named: "autocapitalize", value: "none"))),
                .div(
                    .label(.for("password"), .text("Mật khẩu")),
                    .input(
                        .type(.password), .name("password"), .id("password"), .required(true),
                        .attribute(named: "autocomplete", value: "current-password"))),
                .button(.type(.submit), .text("Đăng nhập"))
            )
        )
    }
}
