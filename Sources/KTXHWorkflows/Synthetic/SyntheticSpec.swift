import Foundation
import KTXHCore

/// Bộ dữ liệu tổng hợp: what `ktxh synth` generates, on the real 2025 map. Every value is a function of the
/// seed and of the unit's, indicator's, year's and period's positions, never of the order things are made in, so
/// the same seed gives the same data set on any database and a part of it can be made without the rest.
public struct SyntheticSpec: Hashable, Sendable {
    /// Communes taken from the 2025 map (nil: all 3,321), spread over the provinces in the map's order.
    public var communes: Int?
    public var indicators: Int
    /// The last year of the data; the data set holds `years` years ending with it.
    public var lastYear: Int
    public var years: Int
    public var periods: [Period.Kind]
    public var seed: UInt64

    public init(
        communes: Int? = nil, indicators: Int = 60, lastYear: Int = 2025, years: Int = 5,
        periods: [Period.Kind] = [.half(1), .nineMonths, .year], seed: UInt64 = 1
    ) {
        self.communes = communes
        self.indicators = indicators
        self.lastYear = lastYear
        self.years = years
        self.periods = periods
        self.seed = seed
    }

    public var yearRange: ClosedRange<Int> { (lastYear - years + 1)...lastYear }

    /// "h1,9m,year" → the periods, or the word that is not one.
    public static func periods(_ text: String) -> Result<[Period.Kind], PeriodWordError> {
        var result: [Period.Kind] = []
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            switch word {
            case "h1": result.append(.half(1))
            case "9m": result.append(.nineMonths)
            case "year", "nam": result.append(.year)
            default: return .failure(PeriodWordError(word: word))
            }
        }
        return result.isEmpty ? .failure(PeriodWordError(word: text)) : .success(result)
    }

    public struct PeriodWordError: Error, Sendable {
        public var word: String
    }

    /// The indicator at `index`: the templates in turn, numbered once they repeat.
    public func indicator(_ index: Int) -> SyntheticIndicator {
        let template = SyntheticIndicator.templates[index % SyntheticIndicator.templates.count]
        let round = index / SyntheticIndicator.templates.count
        var indicator = template
        indicator.code = String(format: "syn-%02d", index + 1)
        if round > 0 { indicator.name += " (nhóm \(round + 1))" }
        return indicator
    }

    /// A number in [0, 1) drawn from the seed and `keys`: the same keys give the same number.
    func draw(_ keys: Int...) -> Double {
        let step = SeededGenerator.increment
        var state = seed &+ step
        for key in keys { state = SeededGenerator.mix(state ^ UInt64(bitPattern: Int64(key)) &+ step) }
        return Double(SeededGenerator.mix(state) >> 11) / Double(1 << 53)
    }
}

/// One of the indicators the data set reports, with how its figures behave over a year and over the years.
public struct SyntheticIndicator: Hashable, Sendable {
    public enum Behaviour: Hashable, Sendable {
        /// Added up over the year (budget revenue, output): reaches a year-end total at a seasonal pace.
        case cumulative(base: Double, growth: Double, firstHalfShare: Double)
        /// A rate with its numerator and denominator (households), moving `yearly` points a year.
        case rate(start: ClosedRange<Double>, yearly: Double)
        /// A count that stands at a level (villages meeting a standard), rising over the years.
        case level(start: ClosedRange<Double>, yearly: Double)
    }

    public var code: String
    public var name: String
    public var unitOfMeasure: String
    public var direction: Indicator.Direction
    public var behaviour: Behaviour

    public var catalogueEntry: Indicator {
        switch behaviour {
        case .cumulative:
            Indicator(
                code: code, name: name, unitOfMeasure: unitOfMeasure, section: "Kinh tế", kind: .quantity,
                direction: direction, accumulation: .cumulative)
        case .rate:
            Indicator(
                code: code, name: name, unitOfMeasure: "%", section: "Văn hóa - xã hội", kind: .rate,
                direction: direction, accumulation: .stock)
        case .level:
            Indicator(
                code: code, name: name, unitOfMeasure: unitOfMeasure, section: "Văn hóa - xã hội", kind: .count,
                direction: direction, accumulation: .stock)
        }
    }

    /// What commune plans set every year, each behaving as such figures do in the reports collected for the corpus.
    static let templates: [SyntheticIndicator] = [
        .init(
            code: "", name: "Thu ngân sách nhà nước trên địa bàn", unitOfMeasure: "triệu đồng", direction: .up,
            behaviour: .cumulative(base: 12_000, growth: 0.09, firstHalfShare: 0.38)),
        .init(
            code: "", name: "Tỷ lệ hộ nghèo", unitOfMeasure: "%", direction: .down,
            behaviour: .rate(start: 2...9, yearly: -0.8)),
        .init(
            code: "", name: "Tổng sản lượng lương thực có hạt", unitOfMeasure: "tấn", direction: .up,
            behaviour: .cumulative(base: 6_000, growth: 0.02, firstHalfShare: 0.52)),
        .init(
            code: "", name: "Tỷ lệ dân số tham gia bảo hiểm y tế", unitOfMeasure: "%", direction: .up,
            behaviour: .rate(start: 85...95, yearly: 1.2)),
        .init(
            code: "", name: "Tổng vốn đầu tư phát triển trên địa bàn", unitOfMeasure: "triệu đồng", direction: .up,
            behaviour: .cumulative(base: 45_000, growth: 0.11, firstHalfShare: 0.33)),
        .init(
            code: "", name: "Số thôn, tổ dân phố đạt chuẩn văn hóa", unitOfMeasure: "thôn", direction: .up,
            behaviour: .level(start: 4...14, yearly: 0.6)),
        .init(
            code: "", name: "Tỷ lệ hộ dân nông thôn sử dụng nước sạch", unitOfMeasure: "%", direction: .up,
            behaviour: .rate(start: 55...90, yearly: 2.5)),
        .init(
            code: "", name: "Số lao động được tạo việc làm mới", unitOfMeasure: "lao động", direction: .up,
            behaviour: .cumulative(base: 180, growth: 0.03, firstHalfShare: 0.47)),
        .init(
            code: "", name: "Tỷ lệ trường đạt chuẩn quốc gia", unitOfMeasure: "%", direction: .up,
            behaviour: .rate(start: 50...90, yearly: 3)),
        .init(
            code: "", name: "Diện tích trồng rừng mới", unitOfMeasure: "ha", direction: .up,
            behaviour: .cumulative(base: 40, growth: 0.01, firstHalfShare: 0.62)),
    ]
}
