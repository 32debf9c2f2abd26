import Vapor

/// Phân công as posted: for each row ("a0_code", "a0_department", …) an indicator of the plan and the department
/// that reports it, empty for the unit itself.
struct AssignmentsForm: Content {
    var rows: [(code: String, department: String)]

    init(from decoder: any Decoder) throws {
        rows = try RowForm(from: decoder).rows("a").map {
            ($0["code"] ?? "", ($0["department"] ?? "").trimmingCharacters(in: .whitespaces))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var fields: [String: String] = [:]
        for (index, row) in rows.enumerated() {
            fields["a\(index)_code"] = row.code
            fields["a\(index)_department"] = row.department
        }
        try fields.encode(to: encoder)
    }

    /// The changes the form asks for, by indicator code (nil: the unit reports it); 400 for an indicator the plan
    /// does not have or a department not offered.
    func changes(known: Set<String>, departments: [String]) throws -> [String: String?] {
        var changes: [String: String?] = [:]
        for row in rows {
            guard known.contains(row.code) else {
                throw Abort(.badRequest, reason: "Chỉ tiêu «\(row.code)» không có trong kế hoạch.")
            }
            guard row.department.isEmpty || departments.contains(row.department) else {
                throw Abort(.badRequest, reason: "Đơn vị «\(row.department)» không có trong danh sách.")
            }
            changes[row.code] = row.department.isEmpty ? .some(nil) : row.department
        }
        return changes
    }
}
