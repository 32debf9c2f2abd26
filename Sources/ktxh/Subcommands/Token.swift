import ArgumentParser
import Foundation
import KTXHStorage
import KTXHWeb
import KTXHWorkflows

/// `ktxh token`: the bearer tokens other systems call `/api/v1` with.
struct Token: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Khóa API cho hệ thống khác gọi /api/v1: tạo, liệt kê, thu hồi.",
        discussion: """
            Một khóa thay mặt một tài khoản, với đúng vai trò và phạm vi của tài khoản đó. Khóa chỉ in ra một lần \
            khi tạo; cơ sở dữ liệu chỉ giữ mã băm SHA-256. Gọi API với tiêu đề «Authorization: Bearer KHÓA». \
            Tài liệu OpenAPI: /api/v1/openapi.json.
            """,
        subcommands: [TokenCreate.self, TokenList.self, TokenRevoke.self])
}

struct TokenCreate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Tạo khóa API cho một tài khoản (ví dụ: ktxh token create --user ketnoi --expires 90d).")

    @Option(help: "Tài khoản mà khóa thay mặt.")
    var user: String

    @Option(help: ArgumentHelp("Thời hạn: 12h, 90d, 8w, 1y. Không ghi: đến khi thu hồi.", valueName: "THỜI-HẠN"))
    var expires: String?

    @Option(help: "Tên gợi nhớ, ví dụ «Hệ thống báo cáo Chính phủ».")
    var label = ""

    @Flag(help: "In kết quả dạng JSON.")
    var json = false

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let now = CLIClock.now()
        var expiresAt: Date?
        if let expires {
            guard let lifetime = ApiTokenIssuer.lifetime(expires) else {
                throw ValidationError("--expires «\(expires)» không đọc được; ghi dạng 12h, 90d, 8w hoặc 1y.")
            }
            expiresAt = now.addingTimeInterval(lifetime)
        }
        let issued = try await database.withStore { store in
            try await ApiTokenIssuer.issue(
                store: store, username: user, label: label, expiresAt: expiresAt, by: User.actor, at: now)
        }
        if json {
            print(
                JSONText.encode([
                    "id": issued.record.id, "user": user, "token": issued.token,
                    "expiresAt": issued.record.expiresAt.map { ISO8601DateFormatter().string(from: $0) } ?? NSNull(),
                ]))
        } else {
            print("Khóa API #\(issued.record.id) cho «\(user)» (chỉ hiện một lần, hãy lưu lại ngay):")
            print(issued.token)
            if let expiresAt = issued.record.expiresAt { print("Hết hạn: \(ISO8601DateFormatter().string(from: expiresAt))") }
        }
    }
}

struct TokenList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê khóa API (không in khóa).")

    @Option(help: "Chỉ khóa của tài khoản này.")
    var user: String?

    @Flag(help: "In kết quả dạng JSON.")
    var json = false

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let now = CLIClock.now()
        let (tokens, names) = try await database.withStore { store in
            let accounts = try await store.accounts()
            let id = try user.map { name in
                guard let account = accounts.first(where: { $0.username == name }) else {
                    throw StorageError("Không có tài khoản «\(name)».")
                }
                return account.id
            }
            let names = Dictionary(accounts.map { ($0.id, $0.username) }, uniquingKeysWith: { a, _ in a })
            return (try await store.apiTokens(accountID: id), names)
        }
        let iso = ISO8601DateFormatter()
        if json {
            let rows = tokens.map { token -> [String: Any] in
                [
                    "id": token.id, "user": names[token.accountID] ?? "", "label": token.label, "live": token.isLive(at: now),
                    "createdAt": iso.string(from: token.createdAt),
                    "expiresAt": token.expiresAt.map(iso.string) ?? NSNull(),
                    "revokedAt": token.revokedAt.map(iso.string) ?? NSNull(),
                    "lastUsedAt": token.lastUsedAt.map(iso.string) ?? NSNull(),
                ]
            }
            print(JSONText.encode(["tokens": rows]))
            return
        }
        guard !tokens.isEmpty else { return print("Chưa có khóa API nào.") }
        print("Mã\tTài khoản\tTên\tTrạng thái\tDùng lần cuối")
        for token in tokens {
            let state =
                token.revokedAt != nil ? "đã thu hồi" : token.isLive(at: now) ? "đang dùng được" : "hết hạn"
            print(
                "\(token.id)\t\(names[token.accountID] ?? "")\t\(token.label)\t\(state)\t"
                    + (token.lastUsedAt.map(iso.string) ?? "chưa dùng"))
        }
    }
}

struct TokenRevoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Thu hồi một khóa API theo mã.")

    @Argument(help: "Mã khóa (cột «Mã» của ktxh token list).")
    var id: Int64

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let revoked = try await database.withStore { store in
            try await store.revokeApiToken(id: id, by: User.actor, at: CLIClock.now())
        }
        guard revoked else { throw StorageError("Không có khóa API #\(id) đang dùng được.") }
        print("Đã thu hồi khóa API #\(id).")
    }
}
