import KTXHCore
import KTXHReading
import Yams

/// Reads the YAML file of what documents say about units' criteria (docs/criteria.md).
public enum CriteriaRecordsReader {
    public static func read(_ text: String, file: String) throws(ImportErrors) -> CriteriaRecords {
        let raw: RecordsFile
        do {
            raw = try YAMLDecoder().decode(RecordsFile.self, from: text)
        } catch {
            throw ImportErrors([ImportError(file: file, reason: "Tệp không đúng định dạng YAML: \(error)")])
        }
        var records = CriteriaRecords()
        var errors: [ImportError] = []
        for item in raw.recognitions ?? [] {
            guard let tier = CriteriaSet.Tier(rawValue: item.tier ?? "chuan") else {
                errors.append(ImportError(file: file, field: "recognitions", value: item.tier, reason: "Mức không hợp lệ"))
                continue
            }
            records.recognitions.append(
                Recognition(
                    unitCode: item.unit, tier: tier, year: item.year, number: item.number,
                    issuedOn: item.date.flatMap(CalendarDay.init), issuer: item.issuer))
        }
        for item in raw.statedResults ?? [] {
            records.statedResults.append(
                StatedCriteriaResult(
                    unitCode: item.unit, year: item.year, source: item.source, metCriteria: item.met, metCount: item.count,
                    total: item.total))
        }
        for block in raw.statedCounts ?? [] {
            for (subject, count) in (block.counts ?? [:]).sorted(by: { $0.key < $1.key }) {
                let parts = count.split(separator: "/").compactMap { Int($0) }
                guard parts.count == 2 else {
                    errors.append(ImportError(file: file, field: "stated_counts", value: count, reason: "Phải có dạng x/y"))
                    continue
                }
                records.statedCounts.append(
                    StatedUnitCount(
                        parentCode: block.parent, year: block.year, subject: subject == "chuan" ? nil : subject,
                        met: parts[0], of: parts[1], source: block.source))
            }
        }
        for item in raw.roadmap ?? [] {
            guard let tier = CriteriaSet.Tier(rawValue: item.tier), let goal = RoadmapEntry.Goal(rawValue: item.goal) else {
                errors.append(
                    ImportError(
                        file: file, field: "roadmap", value: "\(item.tier) \(item.goal)", reason: "Mức hoặc mục tiêu không hợp lệ"
                    ))
                continue
            }
            records.roadmap.append(
                RoadmapEntry(
                    unitCode: item.unit, year: item.year, tier: tier, goal: goal, items: item.items ?? [],
                    plannedTotal: item.total, outOf: item.of, text: item.text))
        }
        if !errors.isEmpty { throw ImportErrors(errors) }
        return records
    }
}

struct RecordsFile: Codable {
    var recognitions: [RecognitionFile]?
    var statedResults: [StatedFile]?
    var statedCounts: [CountsFile]?
    var roadmap: [RoadmapFile]?

    enum CodingKeys: String, CodingKey {
        case recognitions, roadmap
        case statedResults = "stated_results"
        case statedCounts = "stated_counts"
    }

    struct RecognitionFile: Codable {
        var unit: String
        var tier: String?
        var year: Int
        var number: String
        var date: String?
        var issuer: String
    }

    struct StatedFile: Codable {
        var unit: String
        var year: Int
        var source: String
        var met: [String]?
        var count: Int?
        var total: Int?
    }

    struct CountsFile: Codable {
        var parent: String
        var year: Int
        var source: String
        var counts: [String: String]?
    }

    struct RoadmapFile: Codable {
        var unit: String
        var year: Int
        var tier: String
        var goal: String
        var items: [String]?
        var total: Int?
        var of: Int?
        var text: String
    }
}
