import Foundation
import KTXHCore
import KTXHImport
import KTXHReading
import KTXHStorage

/// Importing the machine format (docs/import.md): a first pass checks every line without writing, a
/// second streams the figures into one transaction. Memory does not grow with the number of lines.
public enum FigureImport {
    public struct Check: Codable, Sendable {
        public var file: String
        public var rows = 0
        public var units: Set<String> = []
        public var indicators: Set<String> = []
        public var periods: Set<String> = []
        /// The first problems found (at most `maximumReported`), and how many there were.
        public var problems: [ImportSummary.Problem] = []
        public var problemCount = 0

        public var canApply: Bool { problemCount == 0 }
    }

    static let maximumReported = 50

    /// True when the file's first line is the machine format's header.
    public static func recognises(_ url: URL) -> Bool {
        guard let reader = try? LineReader(url: url), let header = try? reader.next(file: url.lastPathComponent) else {
            return false
        }
        return FigureCSV(header: header) != nil
    }

    /// Reads every line and reports what it would import; writes nothing.
    public static func check(_ url: URL, store: Store, progress: (Int) -> Void = { _ in }) async throws -> Check {
        let (codes, indicators) = try await known(store)
        var check = Check(file: url.lastPathComponent)
        let stream = try FigureStream(url: url, units: codes, indicators: indicators, stopOnError: false)
        while let observation = try stream.next() {
            check.rows += 1
            check.units.insert(observation.unitCode)
            check.indicators.insert(observation.indicatorCode)
            check.periods.insert(observation.period.code)
            if check.rows % 100_000 == 0 { progress(check.rows) }
        }
        check.problemCount = stream.errors.count
        check.problems = stream.errors.prefix(maximumReported).map(ImportSummary.Problem.init)
        return check
    }

    /// Streams the file into the database in one transaction; any bad line rolls all of it back.
    public static func apply(
        _ url: URL, store: Store, at now: Date, progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws
        -> ApplyResult
    {
        let (units, indicators) = try await known(store)
        let stream = try FigureStream(url: url, units: units, indicators: indicators, stopOnError: true)
        return try await store.append(streaming: stream, recordedAt: now, progress: progress)
    }

    static func known(_ store: Store) async throws -> (Set<String>, Set<String>) {
        async let indicators = store.indicators()
        let units = try await store.units()
        return (Set(units.map(\.code)), Set(try await indicators.keys))
    }
}

/// The lines of a machine-format file as figures, read one at a time. Used by one task at a time, in order.
final class FigureStream: ObservationStream, @unchecked Sendable {
    private let reader: LineReader
    private let format: FigureCSV
    private let file: String
    private let units: Set<String>
    private let indicators: Set<String>
    private let stopOnError: Bool
    private(set) var errors: [ImportError] = []

    init(url: URL, units: Set<String>, indicators: Set<String>, stopOnError: Bool) throws {
        file = url.lastPathComponent
        reader = try LineReader(url: url)
        guard let header = try reader.next(file: file), let format = FigureCSV(header: header) else {
            throw ImportError(
                file: file, line: 1,
                reason: "Dòng tiêu đề phải có các cột: \(FigureCSV.columns.joined(separator: ", "))")
        }
        self.format = format
        self.units = units
        self.indicators = indicators
        self.stopOnError = stopOnError
    }

    func next() throws -> Observation? {
        while let line = try reader.next(file: file) {
            do {
                if let observation = try format.observation(
                    line, number: reader.lineNumber, file: file, units: units, indicators: indicators)
                {
                    return observation
                }
            } catch {
                if stopOnError { throw error }
                errors.append(error)
            }
        }
        return nil
    }
}
