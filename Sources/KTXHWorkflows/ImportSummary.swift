import KTXHCore
import KTXHImport
import KTXHReading
import KTXHStorage

/// An import review as people and scripts read it: `ktxh import --dry-run [--json]` and the upload page.
public struct ImportSummary: Codable, Sendable {
    public struct Unit: Codable, Sendable {
        public var code: String
        public var name: String
    }

    public struct PlanInfo: Codable, Sendable {
        public var key: String
        public var title: String
        public var isNew: Bool
        public var targetCount: Int
    }

    public struct Changes: Codable, Sendable {
        public var units: Int
        public var indicators: Int
        public var plans: Int
        public var observations: Int
        public var observationsRepeated: Int
    }

    public struct Match: Codable, Sendable {
        public var line: Int
        public var written: String
        public var indicator: String
        public var indicatorName: String
        public var confidence: String
        public var origin: String
        public var score: Double
    }

    public struct Problem: Codable, Sendable {
        public var line: Int?
        public var sheet: String?
        public var field: String?
        public var value: String?
        public var message: String
    }

    /// Câu hỏi về cột: several columns could play one role; the person chooses one (`--column ROLE=HEADER`).
    public struct Question: Codable, Sendable {
        /// The role as `--column` names it: "Kế hoạch", "Thực hiện", "Cùng kỳ".
        public var column: String
        public var sheet: String?
        public var line: Int
        /// The candidate columns' headers as written, the first shown until one is chosen.
        public var candidates: [String]
        /// Their positions, counted from 1 ("cột 4" chooses the fourth).
        public var positions: [Int]
        public var message: String
    }

    public var file: String
    public var documentKind: String?
    public var unit: Unit?
    public var period: String?
    public var cutoff: String?
    public var plan: PlanInfo?
    public var changes: Changes
    public var matches: [Match]
    public var problems: [Problem]
    public var notes: [Problem]
    /// Where the document contradicts itself, as `ktxh check` prints it.
    public var findings: [Finding]
    /// Columns to choose before anything can be saved (added field; absent from older output).
    public var questions: [Question] = []
    public var canApply: Bool

    public init(_ review: ImportReview, repeated: Int) {
        file = review.file
        documentKind = review.header.kind?.rawValue
        unit = review.unit.map { Unit(code: $0.code, name: $0.name) }
        period = review.period?.code
        cutoff = review.header.cutoff?.iso
        plan = review.plan.map {
            PlanInfo(key: $0.plan.key, title: $0.plan.title, isNew: review.planIsNew, targetCount: $0.targets.count)
        }
        changes = Changes(
            units: review.changes.units.count, indicators: review.changes.indicators.count,
            plans: review.changes.plans.count, observations: review.changes.observations.count - repeated,
            observationsRepeated: repeated)
        matches = review.matches.map {
            Match(
                line: $0.line, written: $0.written, indicator: $0.indicator.code, indicatorName: $0.indicator.name,
                confidence: $0.confidence.rawValue, origin: $0.origin.rawValue, score: $0.score)
        }
        problems = review.problems.map(Problem.init)
        notes = review.notes.map(Problem.init)
        findings = review.findings
        questions = review.questions.map {
            Question(
                column: $0.column.rawValue, sheet: $0.sheet, line: $0.headerLine, candidates: $0.headers,
                positions: $0.candidates.map { $0 + 1 }, message: $0.message)
        }
        canApply = review.canApply
    }
}

extension ImportSummary.Problem {
    init(_ error: ImportError) {
        self.init(line: error.line, sheet: error.sheet, field: error.field, value: error.value, message: error.description)
    }
}

/// An applied import as scripts read it: `ktxh import --json` and `POST /api/v1/imports/{token}`.
public struct ImportOutcome: Encodable, Sendable {
    public var review: ImportSummary
    public var result: ApplyResult

    public init(review: ImportSummary, result: ApplyResult) {
        self.review = review
        self.result = result
    }
}
