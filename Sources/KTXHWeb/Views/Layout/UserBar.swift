import KTXHCore
import Plot

/// The header's right side for a signed-in person: the pages their role may open, their name, and the
/// sign-out button. Nothing for an anonymous visitor.
enum UserBar {
    static let links: [(String, SiteRoute, Permission)] = [
        ("Kế hoạch", .home, .signedIn),
        ("Bộ tiêu chí", .criteriaSets, .signedIn),
        ("Nhập số liệu", .myWork, .signedIn),
        ("Theo dõi nộp", .board, .readAll),
        ("Kỳ báo cáo", .periods, .readAll),
        ("Nhật ký thay đổi", .audit, .readAll),
        ("Nhập từ tệp", .importForm, .importFiles),
        ("Tài khoản", .accounts, .manageAccounts),
    ]

    static func node(_ context: PageContext?) -> Node<HTML.BodyContext> {
        guard let context else { return .empty }
        return .group(
            .nav(
                .class("site"), .attribute(named: "aria-label", value: "Chức năng"),
                .forEach(links.filter { context.allows($0.2) }) { .a(.href($0.1.path), .text($0.0)) }),
            .div(
                .class("who"),
                .a(
                    .href(SiteRoute.password.path), .attribute(named: "title", value: "Đổi mật khẩu"),
                    .text("\(context.account.displayName) · \(context.account.role.vietnameseName)")),
                .form(
                    .class("inline"), .method(.post), .action(SiteRoute.logout.path), CSRFField.node(),
                    .button(.type(.submit), .class("link"), .text("Đăng xuất"))))
        )
    }
}

/// The hidden field that carries the session's CSRF token in every form.
enum CSRFField {
    static func node() -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRF.field), .value(PageContext.current?.csrfToken ?? ""))
    }
}
