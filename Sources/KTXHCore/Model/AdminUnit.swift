/// Đơn vị hành chính: a province, a district-level unit, a commune-level unit, a village.
public struct AdminUnit: Hashable, Sendable, Codable, Identifiable {
    /// GSO code: 2 digits for a province, 3 for a district, 5 for a commune.
    public var code: String
    public var name: String
    /// Loại đơn vị as the code list writes it: "tỉnh", "thành phố", "thị xã", "phường", "xã" …
    public var kindName: String
    public var parentCode: String?
    public var validFrom: CalendarDay?
    public var validTo: CalendarDay?

    public var id: String { code }

    public init(
        code: String, name: String, kindName: String, parentCode: String? = nil, validFrom: CalendarDay? = nil,
        validTo: CalendarDay? = nil
    ) {
        self.code = code
        self.name = name
        self.kindName = kindName
        self.parentCode = parentCode
        self.validFrom = validFrom
        self.validTo = validTo
    }

    /// Cấp: province, district (abolished 1 July 2025), commune, village.
    public var level: Level {
        switch code.count {
        case ...2: .province
        case 3: .district
        case 5: .commune
        default: .village
        }
    }

    public enum Level: String, Hashable, Sendable, Codable {
        case province, district, commune, village
    }

    /// True when the unit exists on `day`.
    public func isValid(on day: CalendarDay) -> Bool {
        (validFrom.map { $0 <= day } ?? true) && (validTo.map { day <= $0 } ?? true)
    }
}
