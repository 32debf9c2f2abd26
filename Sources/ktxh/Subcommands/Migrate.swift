import ArgumentParser
import KTXHStorage

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo hoặc cập nhật cấu trúc cơ sở dữ liệu.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try Store(location: database.location)
        let pending: [String]
        do {
            pending = try await store.pendingMigrations()
            try await store.migrate()
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
        if pending.isEmpty {
            print("Cơ sở dữ liệu \(database.location) đã ở phiên bản mới nhất.")
        } else {
            print("Đã áp dụng \(pending.count) bước cập nhật cho \(database.location):")
            pending.forEach { print("  \($0)") }
        }
    }
}
