import FluentKit
import SQLKit

extension Store {
    /// The privileges any role holds on `table` (PostgreSQL only): how a deployment checks that nobody, the
    /// app's own role included, may rewrite the audit trail.
    public func privileges(table: String) async throws -> Set<String> {
        let rows = try await sql.raw(
            """
            SELECT privilege_type FROM information_schema.role_table_grants
            WHERE table_name = \(bind: table)
            """
        ).all()
        return Set(try rows.map { try $0.decode(column: "privilege_type", as: String.self) })
    }
}
