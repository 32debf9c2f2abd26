import Foundation

/// An error from the database layer, with a Vietnamese message for the user.
public struct StorageError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public var message: String
    /// Set when the error is one of the database's own conditions (`explaining(_:)`).
    public var condition: Condition?

    public init(_ message: String, _ condition: Condition? = nil) {
        self.message = message
        self.condition = condition
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}

extension StorageError {
    /// What went wrong underneath, when the database or the disk says so: each a condition an administrator
    /// can fix, and after which nothing was changed (the transaction was rolled back).
    public enum Condition: Sendable {
        /// The disk is full, or a file-size limit or quota was reached.
        case full
        /// The database file, its folder or the database itself refuses writes.
        case readOnly
        /// Another process held the database longer than the bounded wait.
        case busy
        /// The database server cannot be reached.
        case unreachable
    }

    /// The condition behind `error` and its message in Vietnamese; nil for any other error.
    public static func explaining(_ error: any Error) -> (condition: Condition, error: StorageError)? {
        if let own = error as? StorageError, own.condition != nil { return (own.condition ?? .busy, own) }
        let text = String(reflecting: error).lowercased()
        let unchanged = " Chưa có gì thay đổi; dữ liệu cũ còn nguyên."
        // A write the disk refused (SQLite's "disk I/O error" on a write): full, over a quota or a file-size limit.
        let full = [
            "disk is full", "sqlite_full", "no space left", "file too large", "disk quota", "disk i/o error",
            "ioerrorfailedwrite",
        ]
        if full.contains(where: text.contains) {
            return (
                .full,
                StorageError("Không ghi được xuống đĩa: đĩa đầy hoặc vượt giới hạn dung lượng." + unchanged, .full)
            )
        }
        if ["readonly database", "read-only", "sqlite_readonly", "unable to open database", "permission denied"]
            .contains(where: text.contains)
        {
            return (
                .readOnly,
                StorageError(
                    "Không ghi được vào cơ sở dữ liệu: tệp hoặc thư mục chỉ cho đọc (kiểm tra quyền ghi của tài khoản chạy ktxh)."
                        + unchanged, .readOnly)
            )
        }
        if ["database is locked", "sqlite_busy"].contains(where: text.contains) {
            return (
                .busy,
                StorageError(
                    "Cơ sở dữ liệu đang bận: một tiến trình khác ghi quá lâu. Hãy thử lại sau ít phút." + unchanged, .busy)
            )
        }
        if [
            "connection refused", "connectionrefused", "connection reset", "connectionclosed", "connection closed",
            "could not connect", "unable to connect", "server closed the connection", "too many clients",
        ]
        .contains(where: text.contains) {
            return (
                .unreachable,
                StorageError("Không kết nối được máy chủ cơ sở dữ liệu. Hãy thử lại sau ít phút." + unchanged, .unreachable)
            )
        }
        return nil
    }
}
