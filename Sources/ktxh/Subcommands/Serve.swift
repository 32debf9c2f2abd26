import ArgumentParser
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Chạy ứng dụng web trên cơ sở dữ liệu đã có.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var server: ServerOptions

    func run() async throws {
        try await server.serve(database.location) { url in
            print("ktxh đang chạy tại \(url) (cơ sở dữ liệu: \(database.location)). Nhấn Ctrl+C để dừng.")
            fflush(nil)
        }
    }
}
