import ArgumentParser
import Foundation
import KTXHCore
import KTXHPasswords
import KTXHStorage
import KTXHWorkflows

/// `ktxh user`: accounts from the command line, for the first admin of a deployment and for recovery.
struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Quản lý tài khoản: tạo tài khoản quản trị đầu tiên, khóa, đặt lại mật khẩu.",
        subcommands: [UserAdd.self, UserList.self, UserDisable.self, UserPassword.self])

    /// Who the audit trail names for changes made here.
    static let actor = "(dòng lệnh)"
}

/// The password from stdin (one line) with `--password-stdin`, else a generated one that is printed.
struct PasswordInput: ParsableArguments {
    @Flag(name: .customLong("password-stdin"), help: "Đọc mật khẩu từ dòng đầu của đầu vào chuẩn thay vì tự tạo.")
    var fromStdin = false

    func read() throws -> String? {
        guard fromStdin else { return nil }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw CommandError(userMessage: "Không đọc được mật khẩu từ đầu vào chuẩn.")
        }
        return line
    }
}

struct UserAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Tạo tài khoản (ví dụ: ktxh user add quantri --role admin --name \"Quản trị\").")

    @Argument(help: "Tên đăng nhập: chữ thường không dấu, chữ số, . - _")
    var username: String

    @Option(help: "Vai trò: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
    var role: String

    @Option(help: "Họ tên, chức vụ.")
    var name: String

    @Option(help: "Phạm vi của tài khoản nhập số liệu, lặp lại được: «058:Phòng Kinh tế» hoặc «01849».")
    var scope: [String] = []

    @OptionGroup var password: PasswordInput
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard let role = Role(rawValue: role) else {
            throw CommandError(
                userMessage:
                    "Vai trò «\(role)» không có; chọn một trong: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let scope = AccountDraft.scope(self.scope.joined(separator: "\n"))
        let draft = AccountDraft(
            username: username, displayName: name, role: role, scope: scope.bodies, password: try password.read())
        try await database.withStore { store in
            let problems = scope.problems + (try await draft.problems(creating: true, store: store))
            guard problems.isEmpty else { throw CommandError(userMessage: problems.joined(separator: "\n")) }
            let (account, secret) = try await draft.create(store: store, hasher: .standard, by: User.actor, at: CLIClock.now())
            print("Đã tạo tài khoản «\(account.username)» (\(account.role.vietnameseName)).")
            if !password.fromStdin { print("Mật khẩu: \(secret)  (chỉ hiện một lần; đổi sau khi đăng nhập)") }
        }
    }
}

struct UserList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê tài khoản.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await database.withStore { store in
            for account in try await store.accounts() {
                let scope = account.scope.map(\.description).joined(separator: "; ")
                let state = account.isDisabled ? "đã khóa" : "đang dùng"
                print([account.username, account.role.rawValue, account.displayName, scope, state].joined(separator: "\t"))
            }
        }
    }
}

struct UserDisable: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Khóa tài khoản (--enable để mở lại); các phiên đăng nhập của nó kết thúc.")

    @Argument(help: "Tên đăng nhập.")
    var username: String

    @Flag(help: "Mở khóa thay vì khóa.")
    var enable = false

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await database.withStore { store in
            let account = try await UserPassword.find(username, in: store)
            try await store.updateAccount(id: account.id, AccountChange(isDisabled: !enable), by: User.actor, at: CLIClock.now())
            print(enable ? "Đã mở khóa «\(username)»." : "Đã khóa «\(username)».")
        }
    }
}

struct UserPassword: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password", abstract: "Đặt lại mật khẩu của một tài khoản; các phiên đăng nhập của nó kết thúc.")

    @Argument(help: "Tên đăng nhập.")
    var username: String

    @OptionGroup var password: PasswordInput
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let given = try password.read()
        if let given, let problem = Passwords.problem(given) { throw CommandError(userMessage: problem) }
        let secret = given ?? Passwords.generate()
        try await database.withStore { store in
            let account = try await Self.find(username, in: store)
            let hash = try await PasswordHasher.standard.hash(secret)
            try await store.updateAccount(id: account.id, AccountChange(passwordHash: hash), by: User.actor, at: CLIClock.now())
            print("Đã đặt lại mật khẩu của «\(username)».")
            if given == nil { print("Mật khẩu mới: \(secret)") }
        }
    }

    static func find(_ username: String, in store: Store) async throws -> Account {
        guard let account = try await store.account(username: username)?.account else {
            throw CommandError(userMessage: "Không có tài khoản «\(username)».")
        }
        return account
    }
}
