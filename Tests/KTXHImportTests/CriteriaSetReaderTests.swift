import Foundation
import KTXHCore
import KTXHDocuments
import KTXHTestSupport
import Testing

@testable import KTXHImport
@testable import KTXHReading

/// The criteria-set file format (docs/criteria.md): the documented example, the shipped sets, and refusals.
@Suite("Criteria set files")
struct CriteriaSetReaderTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/criteria.md")

    @Test("The example in docs/criteria.md reads, thresholds by region and further conditions included")
    func documentedExample() throws {
        let doc = try String(contentsOf: Self.docs, encoding: .utf8)
        let block = try #require(doc.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        let set = try CriteriaSetReader.read(block, file: "docs/criteria.md")
        #expect(set.key == "bac-kan-2017-2020")
        #expect(set.decision?.issuedOn == CalendarDay(year: 2017, month: 5, day: 29))
        let lanes = try #require(set.criteria.first?.indicators.first { $0.number == "2.3" })
        #expect(lanes.conditions.map(\.indicatorCode) == ["ntm.2.3.cung-hoa"])
        #expect(lanes.displayThreshold(variant: nil) == "100% (50% cứng hóa)")
        let income = try #require(set.criteria.last?.indicators.first)
        #expect(income.threshold.text(for: "dong-nam-bo") == "59 triệu")
        #expect(income.threshold.text(for: nil) == nil)
        // Written back and read again, the set is the same.
        #expect(try CriteriaSetReader.read(try CriteriaSetWriter.yaml(set), file: "lai.yaml") == set)
    }

    @Test("Every shipped set reads; only Bắc Kạn's 2017-2020 set is complete, and nothing is invented for the others")
    func shippedSets() throws {
        let sets = try ShippedData.criteriaSets()
        #expect(sets.count == 8)
        #expect(sets.filter(\.isComplete).map(\.key) == ["bac-kan-2017-2020"])
        // The advanced and model sets are known only by their decision: no criteria, and not "complete".
        let advanced = try #require(sets.first { $0.key == "quoc-gia-2021-2025-nang-cao" })
        #expect(advanced.completenessText == "Chưa có tiêu chí")
        let national2026 = try #require(sets.first { $0.key == "quoc-gia-2026-2030" })
        #expect(national2026.criteria.count == 10)
        #expect(national2026.variants.count == 3)
        #expect(national2026.criteria.allSatisfy { $0.indicators.isEmpty })
        let national2016 = try #require(sets.first { $0.key == "quoc-gia-2016-2020" })
        let income = try #require(national2016.criteria.first { $0.number == "10" }?.indicators.first)
        #expect(income.threshold.text(for: "trung-du-mien-nui-phia-bac") == "36 triệu")
        #expect(income.threshold.text(for: "dong-nam-bo") == "59 triệu")
    }

    @Test("A wrong file is refused whole, each problem with its place")
    func refusals() throws {
        let text = """
            key: Sai Mã
            name: x
            valid_from: 2026-13-01
            tier: cao
            variants: [{key: vung-1, name: Vùng 1}]
            criteria:
              - number: "1"
                name: Quy hoạch
                indicators:
                  - {number: "1.1", name: a, threshold: "100% (50% cứng hóa)"}
                  - {number: "1.1", name: b, thresholds: {vung-9: Đạt}}
            """
        let error = #expect(throws: ImportErrors.self) { try CriteriaSetReader.read(text, file: "sai.yaml") }
        let message = error.map { "\($0)" } ?? ""
        for place in ["key", "valid_from", "tier", "tiêu chí 1, chỉ tiêu 1.1", "conditions", "bị trùng", "vung-9"] {
            #expect(message.contains(place), "no «\(place)» in: \(message)")
        }
        #expect(throws: ImportErrors.self) { try CriteriaSetReader.read("key: [", file: "hong.yaml") }
    }
}
