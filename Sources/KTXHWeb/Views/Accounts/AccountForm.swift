import KTXHCore
import Plot

/// The fields an admin fills in for an account, as typed, so a refused form comes back as it was sent.
struct AccountFields: Hashable, Sendable {
    var username = ""
    var displayName = ""
    var role = Role.reporter.rawValue
    /// One body a line: `058:Phòng Kinh tế`, or `01849` for a commune itself.
    var scope = ""
    var password = ""
    var disabled = false

    init() {}

    init(_ account: Account) {
        username = account.username
        displayName = account.displayName
        role = account.role.rawValue
        scope = account.scope.map(\.description).joined(separator: "\n")
        disabled = account.isDisabled
    }

    /// The form's inputs; the username only when creating (it never changes, the audit trail names it).
    func nodes(creating: Bool) -> Node<HTML.FormContext> {
        .group(
            .if(
                creating,
                .div(
                    .label(.for("username"), .text("Tên đăng nhập (chữ thường không dấu, số, . - _)")),
                    .input(.type(.text), .name("username"), .id("username"), .value(username), .required(true)))),
            .div(
                .label(.for("displayName"), .text("Họ tên, chức vụ")),
                .input(.type(.text), .name("displayName"), .id("displayName"), .value(displayName), .required(true))),
            .div(
                .label(.for("role"), .text("Vai trò")),
                SelectField.node(
                    name: "role", id: "role",
                    options: Role.allCases.map {
                        .init(value: $0.rawValue, text: $0.vietnameseName, selected: $0.rawValue == role)
                    })
            ),
            .div(
                .label(.for("scope"), .text("Phạm vi nhập số liệu (chỉ cho vai trò Nhập số liệu), mỗi dòng một đơn vị")),
                .textarea(.name("scope"), .id("scope"), .attribute(named: "rows", value: "3"), .text(scope)),
                .p(
                    .class("hint"),
                    .text("Ví dụ: «058:Phòng Kinh tế» là Phòng Kinh tế của thành phố Bắc Kạn (mã 058); «01849» là cả xã."))
            ),
            .div(
                .label(
                    .for("password"),
                    .text(creating ? "Mật khẩu ban đầu (để trống: hệ thống tự tạo)" : "Đặt lại mật khẩu (để trống: giữ nguyên)")),
                .input(
                    .type(.password), .name("password"), .id("password"),
                    .attribute(named: "autocomplete", value: "new-password"))),
            .if(
                !creating,
                .div(
                    .input(.type(.checkbox), .name("disabled"), .id("disabled"), .value("1"), .checked(disabled)),
                    .label(.for("disabled"), .text(" Khóa tài khoản (không đăng nhập được nữa)"))))
        )
    }
}
