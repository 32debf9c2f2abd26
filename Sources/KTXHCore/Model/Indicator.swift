/// Chỉ tiêu (as what is measured): an indicator of the catalogue.
public struct Indicator: Hashable, Sendable, Codable, Identifiable {
    /// A stable code, e.g. `thu-nsnn` or `tong-dan.lon`.
    public var code: String
    /// The name as officials write it ("Thu ngân sách nhà nước trên địa bàn").
    public var name: String
    /// Đơn vị tính: "Tỷ đồng", "%", "Con" …
    public var unitOfMeasure: String
    /// The section it is reported under: "A", "C.I" …
    public var section: String?
    /// The indicator this one is part of ("Đàn lợn" under "Tổng đàn gia súc, gia cầm").
    public var parentCode: String?
    public var kind: Kind
    public var direction: Direction
    public var accumulation: Accumulation
    /// Judged only when the year closes, whatever its mid-year figure (villages recognised as New Rural).
    public var judgedAtYearEnd: Bool
    /// The department (phòng, ban) that reports it.
    public var department: String?
    /// Other wordings of the same indicator, for matching tables to the catalogue.
    public var aliases: [String]
    /// How units' figures combine into the figure of the unit above (roll-up and predecessors).
    public var aggregation: AggregationRule

    public var id: String { code }

    public init(
        code: String, name: String, unitOfMeasure: String, section: String? = nil, parentCode: String? = nil,
        kind: Kind = .quantity, direction: Direction = .up, accumulation: Accumulation = .stock,
        judgedAtYearEnd: Bool = false, department: String? = nil, aliases: [String] = [],
        aggregation: AggregationRule? = nil
    ) {
        self.code = code
        self.name = name
        self.unitOfMeasure = unitOfMeasure
        self.section = section
        self.parentCode = parentCode
        self.kind = kind
        self.direction = direction
        self.accumulation = accumulation
        self.judgedAtYearEnd = judgedAtYearEnd
        self.department = department
        self.aliases = aliases
        self.aggregation = aggregation ?? .default(for: kind)
    }

    /// Loại chỉ tiêu: what kind of figure it takes.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case quantity, rate, count, yesNo = "yesno", rank, text
    }

    /// Chiều tốt: which way is better.
    public enum Direction: String, Hashable, Sendable, Codable, CaseIterable {
        /// Càng cao càng tốt.
        case up
        /// Càng thấp càng tốt: tỷ lệ hộ nghèo, suy dinh dưỡng, tai nạn giao thông, a rank number.
        case down
        case none
    }

    /// Lũy kế or tại thời điểm.
    public enum Accumulation: String, Hashable, Sendable, Codable, CaseIterable {
        /// Lũy kế: adds up within the year (budget revenue, jobs created).
        case cumulative
        /// Tại thời điểm: a stock or a rate at a date (households, coverage %).
        case stock
    }
}
