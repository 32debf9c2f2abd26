import ArgumentParser
import Foundation
import KTXHStorage
import KTXHWorkflows

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo hoặc cập nhật cấu trúc cơ sở dữ liệu.",
        discussion: """
            Mỗi bước chạy trong một giao dịch; dữ liệu giữ nguyên. Sao lưu trước khi nâng cấp («ktxh backup»). \
            --pending chỉ liệt kê các bước còn thiếu, không chạy. Bản ktxh cũ hơn cơ sở dữ liệu thì từ chối.
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Chỉ liệt kê các bước cập nhật còn thiếu, không chạy.")
    var pending = false

    @Flag(help: "In kết quả dạng JSON.")
    var json = false

    func run() async throws {
        let steps = try await Store.withOpened(database.location) { store in
            let steps = try await store.pendingMigrations()
            if !pending { try await store.migrate() }
            return steps
        }
        if json {
            print(JSONText.encode([pending ? "pending" : "applied": steps, "database": database.location.description]))
        } else if steps.isEmpty {
            print("Cơ sở dữ liệu \(database.location) đã ở phiên bản mới nhất.")
        } else {
            print(
                pending
                    ? "Cơ sở dữ liệu \(database.location) còn \(steps.count) bước cập nhật chưa chạy:"
                    : "Đã áp dụng \(steps.count) bước cập nhật cho \(database.location):")
            steps.forEach { print("  \($0)") }
        }
    }
}
