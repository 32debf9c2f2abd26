import Foundation
import KTXHImport
import KTXHReading
import KTXHTestSupport

/// The public corpus of texts that state targets (Tests/Fixtures/corpus/prose): each document with its
/// source and half (`dev` to develop on, `held` kept back for measuring), and the targets a person read
/// in it, written by hand before ktxh read it. Format: Tests/Fixtures/corpus/README.md.
enum ProseCorpus {
    static let directory = SeedFixture.directory.deletingLastPathComponent().appendingPathComponent("corpus/prose")

    struct Document: Sendable {
        var id: String
        var half: String
        var form: String
        var source: String
    }

    /// One expected target: a few words of the indicator's name, and the target as the engine reads it.
    struct Target: Sendable, CustomStringConvertible {
        var words: String
        var comparator: String
        var value: Decimal?
        var valueMax: Decimal?
        var unit: String
        var change: String

        var description: String {
            let range = valueMax.map { "–\($0)" } ?? ""
            return "«\(words)» \(comparator) \(value.map { "\($0)" } ?? "")\(range) \(unit) \(change)"
        }

        func matches(_ target: ExtractedTarget) -> Bool {
            let name = Self.fold([target.group, target.indicator].compactMap { $0 }.joined(separator: " "))
            // "25% GRDP": a hand writes the share's whole in the unit, the reader in the name.
            let sameUnit =
                Self.unit(unit) == Self.unit(target.unit ?? "")
                || Self.unit(unit) == "%grdp" && target.unit == "%" && name.contains("grdp")
            return name.contains(Self.nameWords(words)) && comparator == target.comparator && value == target.value
                && valueMax == target.valueMax && sameUnit
                && change == (target.change?.rawValue ?? "")
        }

        /// "%/năm" is the engine's "%": a yearly rate of a term's target. "triệu đồng/người/năm", "triệu đồng/người"
        /// and "triệu đồng" are one measure as hands write it (one batch's brief asked for the short form), and so
        /// are "ngàn" and "nghìn".
        static func unit(_ text: String) -> String {
            // "3,2 % năm", "9,7 % /năm": a yearly rate typed with spaces.
            var folded = fold(text).replacingOccurrences(of: "ngan ", with: "nghin ").replacingOccurrences(of: " ", with: "")
                .replacingOccurrences(of: "%nam", with: "%/nam")
            for suffix in ["/nguoi/nam", "/nguoi", "/nam"] where folded.hasSuffix(suffix) && folded != suffix {
                folded = String(folded.dropLast(suffix.count))
            }
            return folded
        }

        /// The expected words without a last "tăng", "giảm", "đạt", "tăng thêm", "giảm còn", "(tăng) bình quân (hằng
        /// năm)": a hand that wrote the verb or the averaging after the name ("GRDP tăng") names the same target; the
        /// change is scored on its own.
        static func nameWords(_ words: String) -> String {
            var folded = fold(words)
            let verbs = [
                " binh quan hang nam", " binh quan tang", " tang binh quan", " giam binh quan", " binh quan", " giam con",
                " tang them",
                " tang",
                " giam", " dat",
            ]
            // "… bình quân hàng năm tăng": a verb, then the averaging before it.
            while let verb = verbs.first(where: { folded.hasSuffix($0) && folded.count > $0.count + 2 }) {
                folded = String(folded.dropLast(verb.count))
            }
            // "Hàng năm kết nạp đảng viên mới": a time the brief keeps out of names, written before one.
            for time in ["hang nam ", "moi nam "] where folded.hasPrefix(time) && folded.count > time.count + 2 {
                folded = String(folded.dropFirst(time.count))
            }
            return folded
        }

        /// Lowercased, without accents or spaces around a slash, "tỉ" as "tỷ": what two people typing the
        /// same name may differ in.
        static func fold(_ text: String) -> String {
            // "Tốc độ tăng trưởng kinh tế (GRDP)": brackets a hand copies are no words of the name.
            // "giai đoạn 2021 - 2025" and "2021-2025" are one term.
            TextNormalization.folded(text).replacingOccurrences(of: " / ", with: "/").replacingOccurrences(of: "/ ", with: "/")
                .replacingOccurrences(of: "(20[0-9]{2}) ?[-–] ?(20[0-9]{2})", with: "$1-$2", options: .regularExpression)
                .filter { $0 != "(" && $0 != ")" && $0 != ":" }.split(separator: " ").joined(separator: " ")
        }
    }

    static func documents() throws -> [Document] {
        try tables(suffix: ".sources.tsv").map { row in
            Document(id: row["document"] ?? "", half: row["half"] ?? "", form: row["form"] ?? "", source: row["source"] ?? "")
        }
    }

    static func expected() throws -> [String: [Target]] {
        var result: [String: [Target]] = [:]
        for row in try tables(suffix: ".targets.tsv") {
            let target = Target(
                words: row["indicator"] ?? "", comparator: row["comparator"] ?? "",
                value: row["value"].flatMap { Decimal(string: $0) }, valueMax: row["value_max"].flatMap { Decimal(string: $0) },
                unit: row["unit"] ?? "", change: row["change"] ?? "")
            result[row["document"] ?? "", default: []].append(target)
        }
        return result
    }

    /// The document's text as ktxh reads it: a Word file through `DocxText`, like `ktxh parse-targets`.
    static func text(of document: Document) throws -> String {
        let docx = directory.appendingPathComponent(document.id + ".docx")
        if FileManager.default.fileExists(atPath: docx.path) { return try DocxText.text(of: Data(contentsOf: docx)) }
        return try String(contentsOf: directory.appendingPathComponent(document.id + ".txt"), encoding: .utf8)
    }

    private static func tables(suffix: String) throws -> [[String: String]] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(suffix) }.sorted()
        return try files.flatMap { try rows(of: directory.appendingPathComponent($0)) }
    }

    /// A tab-separated file with a header line, as one dictionary per row keyed by the header's names.
    static func rows(of url: URL) throws -> [[String: String]] {
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = rows.first else { return [] }
        return rows.dropFirst().filter { $0.count > 1 }.map { fields in
            Dictionary(zip(header, fields.map { $0.trimmingCharacters(in: .whitespaces) }), uniquingKeysWith: { a, _ in a })
        }
    }
}

/// How well the extractor reads a set of corpus documents: targets read exactly, and targets it read
/// that no person wrote down.
struct ProseScore: CustomStringConvertible {
    var documents = 0
    var expected = 0
    var exact = 0
    var extracted = 0
    var extra = 0
    var report: [String] = []

    var exactShare: Double { expected == 0 ? 0 : Double(exact) / Double(expected) }
    var extraShare: Double { extracted == 0 ? 0 : Double(extra) / Double(extracted) }

    mutating func add(_ document: ProseCorpus.Document, expected wanted: [ProseCorpus.Target], read targets: [ExtractedTarget]) {
        documents += 1
        expected += wanted.count
        extracted += targets.count
        var unused = Array(targets.indices)
        var missed: [ProseCorpus.Target] = []
        for target in wanted {
            if let hit = unused.firstIndex(where: { target.matches(targets[$0]) }) {
                unused.remove(at: hit)
                exact += 1
            } else {
                missed.append(target)
            }
        }
        extra += unused.count
        report.append("\(document.id): \(wanted.count - missed.count)/\(wanted.count) exact, \(unused.count) extra")
        for target in missed { report.append("  missed \(target)") }
        for index in unused {
            let t = targets[index]
            report.append(
                "  extra  l.\(t.line) «\(t.indicator)» \(t.comparator) \(t.value.map { "\($0)" } ?? "")"
                    + "\(t.valueMax.map { "–\($0)" } ?? "") \(t.unit ?? "") \(t.change?.rawValue ?? "")")
        }
    }

    var description: String {
        String(
            format: "%d documents, %d targets: %d exact (%.1f %%), %d extracted, %d extra (%.1f %%)", documents, expected,
            exact, exactShare * 100, extracted, extra, extraShare * 100)
    }
}
