import KTXHCore
import KTXHReading

/// How a row of a file was matched to the indicator catalogue, and how sure the match is.
public struct IndicatorMatch: Hashable, Sendable {
    public enum Confidence: String, Hashable, Sendable, Codable {
        /// Same name after normalisation, or the same words once abbreviations are spelled out:
        /// applied without asking.
        case certain
        /// Similar names: never applied until a person confirms it.
        case probable
        /// No indicator of the catalogue means the same: a new one is proposed.
        case new
    }

    public enum Origin: String, Hashable, Sendable, Codable {
        /// The indicator is already in the database.
        case database
        /// It comes from the standard catalogue shipped with ktxh and will be added.
        case standard
        /// It is proposed from the row itself.
        case proposed
    }

    /// The name as the file writes it.
    public var written: String
    public var line: Int
    public var indicator: Indicator
    public var confidence: Confidence
    public var origin: Origin
    /// 0…1: how much of the wording the two names share.
    public var score: Double

    public var vietnameseConfidence: String {
        switch confidence {
        case .certain: "chắc chắn"
        case .probable: "cần xác nhận"
        case .new: "chỉ tiêu mới"
        }
    }
}
