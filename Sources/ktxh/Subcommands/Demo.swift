import ArgumentParser
import Foundation
import KTXHDemo
import KTXHPasswords
import KTXHStorage
import KTXHWorkflows

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo cơ sở dữ liệu mẫu (nếu chưa có) từ các văn bản của Bắc Kạn và Hồng Lĩnh, rồi chạy ứng dụng web.",
        discussion: """
            Dữ liệu mẫu: kế hoạch năm 2024 và tiến độ 6 tháng đầu năm 2024 của thành phố Bắc Kạn, kế hoạch \
            năm 2025 của thành phố, chỉ tiêu năm 2024 của tỉnh Bắc Kạn và của thị xã Hồng Lĩnh. \
            Một cơ sở dữ liệu đã có sẵn không bị ghi đè.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var server: ServerOptions

    @Flag(name: .customLong("no-serve"), help: "Chỉ tạo cơ sở dữ liệu mẫu, không chạy ứng dụng web.")
    var noServe = false

    func run() async throws {
        let location = database.location
        switch try await DemoSetup.prepare(at: location, now: CLIClock.now(), progress: ProgressOutput.line) {
        case .created(let summary):
            print(
                "Đã tạo dữ liệu mẫu trong \(location): \(summary.plans) kế hoạch, \(summary.targets) chỉ tiêu, "
                    + "\(summary.observations) số liệu, \(summary.criteriaSets) bộ tiêu chí.")
        case .existing:
            print("Dùng cơ sở dữ liệu có sẵn: \(location).")
        }
        let accounts = try await database.withStore {
            try await DemoAccounts.createIfNone(in: $0, hasher: .standard, at: CLIClock.now())
        }
        if accounts.isEmpty {
            print("Tài khoản đã có sẵn; đặt lại mật khẩu bằng «ktxh user password TÊN».")
        } else {
            print("Tài khoản mẫu (mật khẩu chỉ hiện lần này):")
            for account in accounts {
                let scope = account.scope.isEmpty ? "" : " [\(account.scope.map(\.description).joined(separator: "; "))]"
                print("  \(account.username)\t\(account.password)\t\(account.role.vietnameseName)\(scope)")
            }
        }
        guard !noServe else { return }
        try await server.serve(location, migrate: true) { url in
            print("Mở \(url) trong trình duyệt. Nhấn Ctrl+C để dừng.")
            fflush(nil)
        }
    }
}
