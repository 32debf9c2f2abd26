import Foundation
import KTXHStorage
import Plot

/// Khóa API of one account on its page: each token with when it was made, until when, when last used; a live one
/// can be revoked; a new one is shown once, right after it is made.
struct ApiTokenSection {
    var accountID: Int64
    var tokens: [ApiToken]
    var now: Date
    /// The secret of a token just made: shown this once.
    var issued: String?

    func node() -> Node<HTML.BodyContext> {
        let action = SiteRoute.accountTokens(id: accountID).path
        return .section(
            .attribute(named: "aria-labelledby", value: "khoa-api"),
            .h2(.id("khoa-api"), .text("Khóa API")),
            .p(
                .text(
                    "Hệ thống khác (báo cáo Chính phủ, trung tâm điều hành) gọi /api/v1 bằng khóa thay mặt tài khoản này, "
                        + "với đúng vai trò và phạm vi của nó. Tài liệu: "),
                .a(.href(SiteRoute.apiDocument.path), .text("OpenAPI")), .text(".")),
            .unwrap(issued) { secret in
                .div(
                    .class("notice"), .attribute(named: "role", value: "status"),
                    .p(.text("Khóa mới (chỉ hiện một lần, hãy lưu lại ngay):")), .p(.code(.text(secret))))
            },
            .if(
                tokens.isEmpty, .p(.text("Chưa có khóa nào.")),
                else: .table(
                    .thead(
                        .tr(
                            .th(.text("Mã")), .th(.text("Tên")), .th(.text("Tạo lúc")), .th(.text("Hết hạn")),
                            .th(.text("Dùng lần cuối")), .th(.text("Trạng thái")), .th(.text("")))),
                    .tbody(.forEach(tokens) { row($0, action: action) }))),
            .form(
                .class("filters"), .method(.post), .action(action), CSRFField.node(),
                .label(.for("token-label"), .text("Tên khóa")),
                .input(.type(.text), .id("token-label"), .name("label"), .attribute(named: "required", value: "")),
                .label(.for("token-expires"), .text("Thời hạn")),
                .select(
                    .attribute(named: "name", value: "expires"), .id("token-expires"),
                    .option(.value("90d"), .label("90 ngày")), .option(.value("1y"), .label("1 năm")),
                    .option(.value(""), .label("Đến khi thu hồi"))),
                .button(.type(.submit), .text("Tạo khóa API"))))
    }

    private func row(_ token: ApiToken, action: String) -> Node<HTML.TableContext> {
        let state = token.revokedAt != nil ? "Đã thu hồi" : token.isLive(at: now) ? "Đang dùng được" : "Hết hạn"
        return .tr(
            .td(.text("#\(token.id)")), .td(.text(token.label)), .td(.text(AuditTable.time(token.createdAt))),
            .td(.text(token.expiresAt.map(AuditTable.time) ?? "Không")),
            .td(.text(token.lastUsedAt.map(AuditTable.time) ?? "Chưa dùng")), .td(.text(state)),
            .td(
                .if(
                    token.revokedAt == nil,
                    .form(
                        .method(.post), .action(action), CSRFField.node(),
                        .input(.type(.hidden), .name("revoke"), .value(String(token.id))),
                        .button(.type(.submit), .class("secondary"), .text("Thu hồi"))))))
    }
}
