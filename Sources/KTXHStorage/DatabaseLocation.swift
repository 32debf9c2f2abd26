import Foundation

/// Where the data lives: an embedded SQLite file (the default) or a PostgreSQL server.
public enum DatabaseLocation: Hashable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case sqliteInMemory
    case postgres(url: String)

    /// The default file, `ktxh.sqlite` in the working directory.
    public static let defaultPath = "ktxh.sqlite"

    /// Reads `--db`: a `postgres://` / `postgresql://` URL, `sqlite:PATH`, `:memory:`, or a file path.
    public init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            self = .postgres(url: trimmed)
        } else if trimmed == ":memory:" {
            self = .sqliteInMemory
        } else if trimmed.hasPrefix("sqlite://") {
            self = .sqlite(path: String(trimmed.dropFirst("sqlite://".count)))
        } else if trimmed.hasPrefix("sqlite:") {
            self = .sqlite(path: String(trimmed.dropFirst("sqlite:".count)))
        } else {
            self = .sqlite(path: trimmed.isEmpty ? DatabaseLocation.defaultPath : trimmed)
        }
    }

    /// `--db` when given, else `KTXH_DATABASE_URL`, else `ktxh.sqlite`.
    public static func resolve(_ option: String?, environment: [String: String]) -> DatabaseLocation {
        if let option, !option.isEmpty { return DatabaseLocation(option) }
        if let url = environment["KTXH_DATABASE_URL"], !url.isEmpty { return DatabaseLocation(url) }
        return .sqlite(path: defaultPath)
    }

    public var isPostgres: Bool {
        if case .postgres = self { return true }
        return false
    }

    /// A description safe to print: a PostgreSQL password is masked.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .sqliteInMemory: return ":memory:"
        case .postgres(let url):
            if var components = URLComponents(string: url), components.password != nil {
                components.password = "***"
                return components.string ?? "postgres://…"
            }
            return url
        }
    }
}
