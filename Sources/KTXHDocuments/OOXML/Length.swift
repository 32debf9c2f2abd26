/// A length on paper, kept in twentieths of a point (twips), the unit WordprocessingML counts in.
public struct Length: Hashable, Sendable, Comparable {
    public var twips: Int

    public init(twips: Int) {
        self.twips = twips
    }

    public static func mm(_ value: Double) -> Length { Length(twips: Int((value * 1440 / 25.4).rounded())) }
    public static func cm(_ value: Double) -> Length { .mm(value * 10) }
    public static func pt(_ value: Double) -> Length { Length(twips: Int((value * 20).rounded())) }

    /// Inches, the unit SpreadsheetML's page margins are written in.
    public var inches: Double { Double(twips) / 1440 }
    public var points: Double { Double(twips) / 20 }
    /// Half-points, the unit of WordprocessingML font sizes.
    public var halfPoints: Int { twips / 10 }
    /// English metric units, the unit of DrawingML.
    public var emu: Int { twips * 635 }

    public static func < (lhs: Length, rhs: Length) -> Bool { lhs.twips < rhs.twips }
    public static func + (lhs: Length, rhs: Length) -> Length { Length(twips: lhs.twips + rhs.twips) }
    public static func - (lhs: Length, rhs: Length) -> Length { Length(twips: lhs.twips - rhs.twips) }
    public static func * (lhs: Length, rhs: Double) -> Length { Length(twips: Int((Double(lhs.twips) * rhs).rounded())) }
}

/// Khổ giấy: paper size and orientation.
public struct PageSetup: Hashable, Sendable {
    public enum Orientation: String, Hashable, Sendable {
        case portrait, landscape
    }

    public var orientation: Orientation
    public var top: Length
    public var bottom: Length
    public var left: Length
    public var right: Length

    public init(orientation: Orientation, top: Length, bottom: Length, left: Length, right: Length) {
        self.orientation = orientation
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }

    /// A4 portrait with the margins of Nghị định 30/2020/NĐ-CP: top and bottom 20-25 mm, left 30-35 mm,
    /// right 15-20 mm.
    public static let decreePortrait = PageSetup(
        orientation: .portrait, top: .mm(20), bottom: .mm(20), left: .mm(30), right: .mm(15))

    /// A4 landscape for a wide appendix table, with the same margins read on the turned page.
    public static let decreeLandscape = PageSetup(
        orientation: .landscape, top: .mm(20), bottom: .mm(20), left: .mm(30), right: .mm(15))

    /// The A4 sheet in this orientation.
    public var width: Length { orientation == .portrait ? .mm(210) : .mm(297) }
    public var height: Length { orientation == .portrait ? .mm(297) : .mm(210) }
    /// The width between the margins, which a full-width table fills.
    public var textWidth: Length { width - left - right }
    public var textHeight: Length { height - top - bottom }
}
