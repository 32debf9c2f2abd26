import KTXHCore

/// Nhật ký thay đổi: the latest recorded changes, of one kind of record when chosen.
struct AuditPage {
    var entries: [AuditEntry]
    /// A figure's key → its indicator's name, shown beside it.
    var names: [String: String]
    var entity: AuditEntry.Entity?
    var key: String?
}

extension AuditPage {
    init(entries: [AuditEntry], catalogue: [String: Indicator], entity: AuditEntry.Entity?, key: String?) {
        self.entries = entries
        // A figure's key starts with its indicator code.
        names = Dictionary(
            entries.filter { $0.entity == .figure }.compactMap { entry -> (String, String)? in
                let code = String(entry.key.prefix { $0 != "@" })
                return catalogue[code].map { (entry.key, $0.name) }
            }, uniquingKeysWith: { a, _ in a })
        self.entity = entity
        self.key = key
    }
}
