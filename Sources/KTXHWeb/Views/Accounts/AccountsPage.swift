import KTXHCore
import Plot

/// Tài khoản: every account, and the form that creates one.
struct AccountsPage {
    var accounts: [Account]
    var fields: AccountFields
    var errors: [String]
    /// Shown once after creating an account with a generated password.
    var created: (username: String, password: String?)?

    func view() -> HTML {
        Layout.page(
            title: "Tài khoản",
            breadcrumbs: [("Kế hoạch", SiteRoute.home.path), ("Tài khoản", nil)],
            .h1(.text("Tài khoản người dùng")),
            .unwrap(created) { created in
                .div(
                    .class("notice"), .attribute(named: "role", value: "status"),
                    .p(.text("Đã tạo tài khoản «\(created.username)».")),
                    .unwrap(created.password) {
                        .p(
                            .text("Mật khẩu ban đầu: "), .code(.text($0)),
                            .text(" (chỉ hiện một lần; trao cho người dùng và đề nghị đổi ngay)."))
                    })
            },
            ErrorList.node(errors),
            .table(
                .class("list"),
                .thead(
                    .tr(
                        .th(.text("Tên đăng nhập")), .th(.text("Họ tên")), .th(.text("Vai trò")), .th(.text("Phạm vi")),
                        .th(.text("Trạng thái")))),
                .tbody(
                    .forEach(accounts) { account in
                        .tr(
                            .td(.a(.href(SiteRoute.account(id: account.id).path), .text(account.username))),
                            .td(.text(account.displayName)),
                            .td(.text(account.role.vietnameseName)),
                            .td(.text(account.scope.map(\.description).joined(separator: "; "))),
                            .td(.text(account.isDisabled ? "Đã khóa" : "Đang dùng")))
                    })),
            .h2(.text("Tạo tài khoản")),
            .form(
                .class("stack-form"), .method(.post), .action(SiteRoute.accounts.path), CSRFField.node(),
                fields.nodes(creating: true),
                .button(.type(.submit), .text("Tạo tài khoản")))
        )
    }
}
