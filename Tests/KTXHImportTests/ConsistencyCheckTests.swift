import Foundation
import KTXHImport
import KTXHTestSupport
import Testing

/// Every finding the check prints for seeds 001 and 003, each read against the seed by hand.
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

    /// Seed 001, the six-month report of Bắc Kạn city.
    static let seed001: [Expected] = [
        // "6.969/6ha đạt 116%KH": 6,969 ha written with a thousands dot.
        e(.percentage, [71], ["6.969/6", "116%", "116.150%"]),
        // Spending 130,928 of 512,594 tỷ đồng is 25,54% of the estimate, not 25,2%.
        e(.percentage, [109], ["130,928", "512,594", "25,2%", "25,54%"]),
        // "DVCTT toàn trình là 150/189, chiếm 80%": 79,37%.
        e(.percentage, [269], ["150/189", "80%", "79,37%"]),
        // National new-rural programme: 5.780 triệu đồng allotted, disbursement reported over 6.480.
        e(.restatement, [327], ["5.780", "93,295/6.480"]),
        // "20 trường học công lập¹⁷", footnote 17: 08 + 06 + 06 + 02 = 22 schools.
        e(.partsSum, [185, 193], ["20", "22"]),
        // Forest: target 140 ha in the text, 142 in the table.
        e(.textTable, [79, 473], ["140", "142"]),
        // Footnote 6: "trâu, bò, ngựa: 584/905 con"; the table's plan for đại gia súc is 580.
        e(.textTable, [87, 460], ["905", "580"]),
        // Jobs: 475/700 in the text, 423 in the table.
        e(.textTable, [235, 491], ["475", "423"]),
    ]

    /// Seed 003, the report on completing the New Rural programme.
    static let seed003: [Expected] = [
        e(.percentage, [359], ["21/26", "82,35%", "80,77%"]),
        e(.percentage, [386], ["13/15", "93,33%", "86,67%"]),
        e(.percentage, [418], ["430/435", "90,86%", "98,85%"]),
        // The appendix (and its copy further down): Nông Thượng 2011 "96% (796/796 hộ)".
        e(.percentage, [795], ["796/796", "96%", "100%"]),
        e(.percentage, [799], ["2/3", "70%", "66,67%"]),
        e(.percentage, [818], ["2.619/2.817", "93,61%", "92,97%"]),
        // The text says 56/392 children (14,28%); the table 56/292.
        e(.percentage, [827], ["56/292", "14,29%", "19,18%"]),
        // The text says 75/80 households (93,75%); the table 78/80.
        e(.percentage, [836], ["78/80", "93,75%", "97,5%"]),
        // People in work: 2.373 + 2.169 = 4.542, the text says 4.528.
        e(.partsSum, [361], ["4.528", "4.542"]),
        e(.averagedRate, [335, 818], ["92,37 %", "5.066/5.502 = 92,08%"]),
        e(.averagedRate, [359], ["91,175%", "61/66 = 92,42%"]),
        e(.averagedRate, [362, 824], ["37,03 %", "1.659/4.542 = 36,53%"]),
        // Village culture: 7/9 and 13/15 villages are 20/24, not 96%.
        e(.groupRate, [386], ["96%", "20/24 = 83,33%"]),
    ]

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

    @Test("Seed 001: the eight contradictions, each with its lines and values")
    func seed001() throws {
        expect(ConsistencyCheck.findings(in: try SeedFixture.text("001")), Self.seed001, "seed 001")
    }

    @Test("Seed 003: the thirteen contradictions; the appendix repeated further down is read once")
    func seed003() throws {
        expect(ConsistencyCheck.findings(in: try SeedFixture.text("003")), Self.seed003, "seed 003")
    }

    @Test("Documents that agree with themselves give nothing: seeds 000, 002, 004 and the resolutions")
    func quiet() throws {
        for seed in ["000", "002", "004"] {
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
