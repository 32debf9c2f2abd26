import Foundation

/// BENCHMARKS.md's first section, rewritten by each full `ktxh bench`; the notes after it are kept.
public enum BenchmarksMarkdown {
    static let begin = "<!-- ktxh bench: begin -->"
    static let end = "<!-- ktxh bench: end -->"

    public static func section(_ report: BenchmarkReport) -> String {
        let day = ISO8601DateFormatter.string(from: report.date, timeZone: .gmt, formatOptions: [.withFullDate])
        var lines = [
            begin,
            "## Latest `ktxh bench` run",
            "",
            "\(day), \(report.machine.cores) cores, \(Int(report.machine.memoryGiB)) GiB, \(report.machine.system), "
                + "\(report.machine.build) build\(report.quick ? ", quick sizes" : ""). Each figure beside its reference, "
                + "measured in the same run; the ratio is ktxh's figure over the reference's (below 1: ktxh is faster).",
            "",
            "| benchmark | what | ktxh | reference | reference tool | ratio | goal |",
            "| --- | --- | ---: | ---: | --- | ---: | --- |",
        ]
        for result in report.results {
            let reference = result.reference.map { format($0, result.unit) } ?? "not measured"
            let ratio = result.ratio.map { String(format: "%.2f×", $0) } ?? "—"
            lines.append(
                "| \(result.name) | \(result.detail) | \(format(result.ktxh, result.unit)) | \(reference) | "
                    + "\(result.referenceName) | \(ratio) | \(result.goal) |")
        }
        lines.append(end)
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double, _ unit: String) -> String {
        unit == "ms" ? String(format: "%.1f ms", value) : String(format: "%.2f %@", value, unit)
    }

    /// `document` with its generated section replaced, or the section put after the title when it has none.
    public static func rewrite(_ document: String, with report: BenchmarkReport) -> String {
        let section = section(report)
        if let start = document.range(of: begin), let stop = document.range(of: end, range: start.upperBound..<document.endIndex)
        {
            return document.replacingCharacters(in: start.lowerBound..<stop.upperBound, with: section)
        }
        guard let titleEnd = document.range(of: "\n\n") else { return section + "\n\n" + document }
        return document[..<titleEnd.upperBound] + section + "\n\n" + document[titleEnd.upperBound...]
    }
}
