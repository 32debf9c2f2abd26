import Foundation

/// Một chỗ mâu thuẫn: what a careful reader would flag in a report, with the places and the values.
public struct Finding: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A percentage that is not its own X/Y (or its figure over the plan stated beside it).
        case percentage
        /// A figure in the text that differs from the same indicator's row of a table.
        case textTable
        /// The same figure stated twice with two values.
        case restatement
        /// Parts that do not add up to the total they are given with.
        case partsSum
        /// Sub-indicator rows that do not add up to their total row.
        case subRowsSum
        /// A group's rate that is the average of its members' rates instead of the pooled ratio.
        case averagedRate
        /// A group's rate that is neither its members' pooled ratio nor their average.
        case groupRate
        /// A count "k/N" that disagrees with the rows it summarises.
        case criteriaCount
        /// A plan target that differs from the resolution it comes from.
        case targetMismatch
    }

    public struct Location: Hashable, Sendable, Codable {
        public var line: Int
        /// The words around the figure, as written.
        public var text: String

        public init(line: Int, text: String) {
            self.line = line
            self.text = text
        }
    }

    public var kind: Kind
    /// In Vietnamese, naming both places and both values.
    public var message: String
    public var locations: [Location]
    /// The values compared, as written or computed ("150/189", "80%", "79,37%").
    public var values: [String]

    public init(kind: Kind, message: String, locations: [Location], values: [String]) {
        self.kind = kind
        self.message = message
        self.locations = locations
        self.values = values
    }
}

extension Finding {
    /// "dòng 235, 491": the places, as a message names them.
    public var lineList: String {
        "dòng " + locations.map { String($0.line) }.joined(separator: ", ")
    }
}
