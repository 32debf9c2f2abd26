import ArgumentParser
import Foundation
import KTXHStorage

/// `ktxh`: the command-line front. Each subcommand sets up and calls one library function.
@main
struct KTXH: AsyncParsableCommand {
    static let version = "0.3.0"

    static let configuration = CommandConfiguration(
        commandName: "ktxh",
        abstract: "Lập kế hoạch, theo dõi và đánh giá chỉ tiêu phát triển kinh tế - xã hội.",
        discussion: """
            Cơ sở dữ liệu mặc định là tệp SQLite «ktxh.sqlite» trong thư mục hiện tại; dùng --db (hoặc biến \
            môi trường KTXH_DATABASE_URL) để chọn tệp khác hoặc một máy chủ PostgreSQL (postgres://…).
            """,
        version: version,
        subcommands: [
            Demo.self, Serve.self, Migrate.self, Plans.self, Import.self, Evaluate.self, ParseTargets.self, Check.self, User.self,
            Report.self, Monitor.self, Bench.self, Synth.self, Criteria.self, Units.self, Backup.self, Restore.self, Token.self,
            Tasks.self,
        ]
    )

    /// Our own errors print as "Lỗi: …" on stderr with exit code 1; argument errors keep the parser's usage text.
    static func main() async {
        // A file-size limit or a quota reached makes a write fail (SQLite then rolls back and says the disk is full)
        // instead of killing the process in the middle of it.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var async = command as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let error as any UserFacingError {
            FileHandle.standardError.write(Data("Lỗi: \(error.userMessage)\n".utf8))
            Foundation.exit(1)
        } catch {
            if let explained = StorageError.explaining(error) {
                FileHandle.standardError.write(Data("Lỗi: \(explained.error.message)\n".utf8))
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }
}
