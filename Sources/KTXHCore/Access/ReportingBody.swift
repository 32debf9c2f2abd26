import Foundation

/// Đơn vị báo cáo: who reports a figure: a department (phòng, ban) of an administrative unit, or the unit
/// itself (a commune's People's Committee, which has no departments of its own).
public struct ReportingBody: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var unitCode: String
    /// Nil for the unit itself.
    public var department: String?

    public init(unitCode: String, department: String? = nil) {
        self.unitCode = unitCode
        let trimmed = department?.trimmingCharacters(in: .whitespaces)
        self.department = trimmed?.isEmpty == false ? trimmed : nil
    }

    /// True when an account scoped to `self` may act for `other`: the unit itself covers every department
    /// of the unit; a department covers only itself.
    public func covers(_ other: ReportingBody) -> Bool {
        unitCode == other.unitCode && (department == nil || department == other.department)
    }

    /// The part of a URL that names the body: the department's name without tone marks, or `don-vi` for the
    /// unit itself ("Phòng Kinh tế" → `phong-kinh-te`).
    public var slug: String {
        department.map(Self.slug) ?? Self.wholeUnitSlug
    }

    public static let wholeUnitSlug = "don-vi"

    public static func slug(_ name: String) -> String {
        let folded = name.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let words = folded.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.joined(separator: "-")
    }

    /// `058:Phòng Kinh tế` or `01849`, the form `ktxh user add --scope` takes and the database stores.
    public var description: String {
        department.map { "\(unitCode):\($0)" } ?? unitCode
    }

    /// Reads the form `description` writes; nil when there is no unit code.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let unit = parts.first, !unit.isEmpty, unit.allSatisfy(\.isNumber) else { return nil }
        self.init(unitCode: unit, department: parts.count > 1 ? parts[1] : nil)
    }

    public static func < (lhs: ReportingBody, rhs: ReportingBody) -> Bool {
        (lhs.unitCode, lhs.department ?? "") < (rhs.unitCode, rhs.department ?? "")
    }
}
