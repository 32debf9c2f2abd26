/// What documents say about units' criteria beyond the figures: recognition decisions, the results and counts
/// they state, and roadmaps. Saved with the figures, shown beside the evaluation, never merged into it.
public struct CriteriaRecords: Sendable, Hashable {
    public var recognitions: [Recognition]
    public var statedResults: [StatedCriteriaResult]
    public var statedCounts: [StatedUnitCount]
    public var roadmap: [RoadmapEntry]

    public init(
        recognitions: [Recognition] = [], statedResults: [StatedCriteriaResult] = [],
        statedCounts: [StatedUnitCount] = [], roadmap: [RoadmapEntry] = []
    ) {
        self.recognitions = recognitions
        self.statedResults = statedResults
        self.statedCounts = statedCounts
        self.roadmap = roadmap
    }

    public var isEmpty: Bool { recognitions.isEmpty && statedResults.isEmpty && statedCounts.isEmpty && roadmap.isEmpty }

    public static func + (lhs: CriteriaRecords, rhs: CriteriaRecords) -> CriteriaRecords {
        CriteriaRecords(
            recognitions: lhs.recognitions + rhs.recognitions, statedResults: lhs.statedResults + rhs.statedResults,
            statedCounts: lhs.statedCounts + rhs.statedCounts, roadmap: lhs.roadmap + rhs.roadmap)
    }
}
