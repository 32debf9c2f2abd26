import KTXHCore
import Plot

/// One account: its role, scope and state, and a password reset.
struct AccountPage {
    var account: Account
    var fields: AccountFields
    var errors: [String]
    var saved: Bool
    var tokens: ApiTokenSection?

    func view() -> HTML {
        Layout.page(
            title: "Tài khoản \(account.username)",
            breadcrumbs: [
                ("Kế hoạch", SiteRoute.home.path), ("Tài khoản", SiteRoute.accounts.path), (account.username, nil),
            ],
            .h1(.text("Tài khoản \(account.username)")),
            .if(saved, .p(.class("notice"), .attribute(named: "role", value: "status"), .text("Đã lưu thay đổi."))),
            ErrorList.node(errors),
            .form(
                .class("stack-form"), .method(.post), .action(SiteRoute.account(id: account.id).path), CSRFField.node(),
                fields.nodes(creating: false),
                .button(.type(.submit), .text("Lưu thay đổi"))),
            .unwrap(tokens) { $0.node() }
        )
    }
}
