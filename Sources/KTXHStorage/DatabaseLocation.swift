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

    /// `--db` when given, else `KTXH_DATABASE_URL`, else the one in the server's settings file (`KTXH_CONFIG`, by
    /// default /etc/ktxh/ktxh.env, when it can be read: an administrator's `ktxh migrate` finds the service's
    /// database), else `ktxh.sqlite`.
    public static func resolve(_ option: String?, environment: [String: String]) -> DatabaseLocation {
        if let option, !option.isEmpty { return DatabaseLocation(option) }
        if let url = environment["KTXH_DATABASE_URL"], !url.isEmpty { return DatabaseLocation(url) }
        let file = environment["KTXH_CONFIG"] ?? "/etc/ktxh/ktxh.env"
        if let text = try? String(contentsOfFile: file, encoding: .utf8), let url = settings(text)["KTXH_DATABASE_URL"],
            !url.isEmpty
        {
            return DatabaseLocation(url)
        }
        return .sqlite(path: defaultPath)
    }

    /// `KEY=VALUE` lines of an environment file as systemd reads them: comments and blank lines skipped, quotes taken off.
    static func settings(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            var value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            result[key] = value
        }
        return result
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
