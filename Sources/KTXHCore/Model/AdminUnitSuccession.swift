import Foundation

/// Kế thừa đơn vị hành chính: a unit in force before a reorganisation and the unit it went into, wholly or in
/// part (the 2025 successor table: 10,597 rows from 10,051 communes to 3,321).
public struct AdminUnitSuccession: Hashable, Sendable, Codable {
    public var newCode: String
    public var newName: String
    public var oldCode: String
    public var oldName: String
    public var share: Share
    /// The day the new unit took over (1 July 2025).
    public var effectiveOn: CalendarDay

    public init(newCode: String, newName: String, oldCode: String, oldName: String, share: Share, effectiveOn: CalendarDay) {
        self.newCode = newCode
        self.newName = newName
        self.oldCode = oldCode
        self.oldName = oldName
        self.share = share
        self.effectiveOn = effectiveOn
    }

    /// 1 July 2025: the district level abolished, 10,051 communes became 3,321.
    public static let reorganisation2025 = CalendarDay(checked: 2025, 7, 1)

    public enum Share: Hashable, Sendable, Codable {
        /// Nguyên trạng: the old unit went entirely into the new one.
        case whole
        /// Một phần: the old unit was divided; the fraction (of area or population) when someone gave it.
        case part(Decimal?)

        /// The weight of the old unit's figures in the new unit's: nil where a divided unit's share is unknown.
        public var weight: Decimal? {
            switch self {
            case .whole: 1
            case .part(let fraction): fraction
            }
        }

        /// "whole", "part", or "part:0.4", as the successor files and the database write it.
        public var code: String {
            switch self {
            case .whole: "whole"
            case .part(nil): "part"
            case .part(let fraction?): "part:\(fraction)"
            }
        }

        public init?(code: String) {
            let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed == "whole" {
                self = .whole
            } else if trimmed == "part" {
                self = .part(nil)
            } else if trimmed.hasPrefix("part:"),
                let value = Decimal(string: String(trimmed.dropFirst(5)), locale: Locale(identifier: "en_US_POSIX")),
                value > 0, value <= 1
            {
                self = .part(value)
            } else {
                return nil
            }
        }

        public var vietnameseName: String {
            switch self {
            case .whole: "nguyên đơn vị"
            case .part(nil): "một phần, chưa có tỷ lệ"
            case .part(let fraction?): "một phần (\(VietnameseNumber.formatPercent(fraction * 100)))"
            }
        }
    }
}
