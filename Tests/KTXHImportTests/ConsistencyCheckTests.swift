import Foundation
import KTXHImport
import KTXHReading
import KTXHTestSupport
import Testing

/// Every finding the check prints for seeds 000, 001 and 003, each read against the seed by hand.
@Suite("Consistency check")
struct ConsistencyCheckTests {
    struct Expected: CustomStringConvertible {
        var kind: Finding.Kind
        var lines: [Int]
        var values: [String]
        var description: String { "\(kind.rawValue) \(lines) \(values)" }
    }

    static func e(_ kind: Finding.Kind, _ lines: [Int], _ values: [String]) -> Expected {
        Expected(kind: kind, lines: lines, values: values)
    }

    func expect(_ findings: [Finding], _ expected: [Expected], _ seed: String) {
        #expect(findings.count == expected.count, "\(seed): \(findings.map { "\($0.kind) \($0.values)" })")
        for expectation in expected {
            let match = findings.first {
                $0.kind == expectation.kind && $0.values == expectation.values
                    && $0.locations.map(\.line) == expectation.lines
            }
            #expect(match != nil, "\(seed): missing \(expectation)")
            #expect(match?.message.isEmpty == false)
        }
    }

    @Test("Seed 000: the council's text against its own appendix, one real contradiction")
    func seed000() throws {
        expect(ConsistencyCheck.findings(in: try SeedFixture.text("000")), Self.seed000, "seed 000")
    }

    @Test("Seed 001: the twelve contradictions, each with its lines and values")
    func seed001() throws {
        expect(ConsistencyCheck.findings(in: try SeedFixture.text("001")), Self.seed001, "seed 001")
    }

    @Test("Seed 003: the nineteen contradictions; the appendix repeated further down is read once")
    func seed003() throws {
        expect(ConsistencyCheck.findings(in: try SeedFixture.text("003")), Self.seed003, "seed 003")
    }

    @Test("Documents that agree with themselves give nothing: seeds 002, 004 and the resolutions")
    func quiet() throws {
        for seed in ["002", "004"] {
            #expect(ConsistencyCheck.findings(in: try SeedFixture.text(seed)).isEmpty, "seed \(seed)")
        }
        for (file, _) in ResolutionCases.styles {
            #expect(ConsistencyCheck.findings(in: try ResolutionTextTests.fixture(file)).isEmpty, "\(file)")
        }
    }

    @Test(
        "Rounding a person uses is not a contradiction; a wrong figure is",
        arguments: [
            ("Tạo việc làm cho 475/700 lao động, đạt 67,85% KH.", false),  // 67,857 cut
            ("Tạo việc làm cho 475/700 lao động, đạt 67,86% KH.", false),  // rounded
            ("Tạo việc làm cho 475/700 lao động, đạt 68% KH.", false),
            ("Tạo việc làm cho 475/700 lao động, đạt 69% KH.", true),
            ("Tổng đàn dê 1.373/1.200 con, vượt 14,4% KH.", false),  // the excess over the plan
            ("Tổng đàn dê 1.373/1.200 con, đạt 114,4% KH, tăng 15% so với cùng kỳ.", false),
            ("Nước sạch chiếm 50% (02/02 xã đạt).", false),  // a count of communes, not the rate's X/Y
        ])
    func rounding(_ line: String, _ flagged: Bool) {
        #expect(!ConsistencyCheck.findings(in: line).isEmpty == flagged)
    }

    @Test("Parts in brackets and in a footnote are added up; a partial list under «trong đó» is not")
    func parts() {
        let bracket = ConsistencyCheck.findings(in: "Tổng chiều dài 17 km (Dương Quang: 10km; Nông Thượng: 8km).")
        #expect(bracket.map(\.kind) == [.partsSum])
        #expect(bracket.first?.values == ["17", "18"])
        let footnote = ConsistencyCheck.findings(
            in:
                "Có 12 trường học<sup>1</sup> trên địa bàn.\n\n<sup>1</sup> 05 trường Mầm non, 05 trường Tiểu học, 02 trường THCS."
        )
        #expect(footnote.isEmpty)
        #expect(ConsistencyCheck.findings(in: "Có 63 công trình, trong đó 33 công trình do Công ty quản lý.").isEmpty)
    }
}
