import Foundation
import KTXHCore
import KTXHDemo
import KTXHImport
import KTXHReading
import KTXHStorage
import KTXHTestSupport
import KTXHWorkflows
import Testing

@Suite("Machine format")
struct FigureImportTests {
    static let kinds = TestDatabase.available
    let header = "unit,indicator,period,kind,value,numerator,denominator,note\n"

    @Test("Figures stream in, a repeated file adds nothing, every kind of value reads back", arguments: kinds)
    func streams(kind: TestDatabase.Kind) async throws {
        let csv =
            header + """
                058,thu-nsnn,2024-09,actual,150.25,,,"Số liệu, tháng 9"
                058,bhyt,2024-9M,actual,,43000,47382,
                01834,htx-moi,2024-H1,estimate,-2,,,
                """
        let url = try ImportFixtures.file("figures-\(kind).csv", Data(csv.utf8))
        try await TestDatabase.withStore(kind) { store in
            try await DemoData.load(into: store, at: TestClock.now)
            let before = try await store.observationCount()
            #expect(FigureImport.recognises(url))
            let check = try await FigureImport.check(url, store: store)
            #expect(check.rows == 3)
            #expect(check.canApply)
            #expect(try await store.observationCount() == before)
            let first = try await FigureImport.apply(url, store: store, at: TestClock.now)
            #expect(first.observationsAdded == 3)
            let again = try await FigureImport.apply(url, store: store, at: TestClock.now)
            #expect(again.observationsAdded == 0)
            #expect(again.observationsRepeated == 3)
            let read = try await store.observations(unitCode: "058", periods: [Period("2024-09")!, Period("2024-9M")!])
            #expect(read.map(\.value) == [.number(Decimal(string: "150.25")!), .ratio(numerator: 43000, denominator: 47382)])
            #expect(read.first?.source == "Số liệu, tháng 9")
        }
    }

    @Test("A figure stated again in the same file is a new version when it changes, a repeat when it does not", arguments: kinds)
    func repeatsWithinOneFile(kind: TestDatabase.Kind) async throws {
        // 058 thu-nsnn 2024-09 goes 150 → 160 → 150 → 150 in one file, with other figures between, across more
        // than one batch: three versions, one repeat, in the file's order.
        var csv = header + "058,thu-nsnn,2024-09,actual,150,,,\n058,thu-nsnn,2024-09,actual,160,,,\n"
        for month in 1...8 { csv += "058,thu-nsnn,2024-0\(month),actual,\(month),,,\n" }
        for filler in 0..<600 { csv += "058,bhyt,2024-09,actual,\(filler % 2),,,\n" }
        csv += "058,thu-nsnn,2024-09,actual,150,,,\n058,thu-nsnn,2024-09,actual,150,,,\n"
        let url = try ImportFixtures.file("repeats-\(kind).csv", Data(csv.utf8))
        try await TestDatabase.withStore(kind) { store in
            try await DemoData.load(into: store, at: TestClock.now)
            let first = try await FigureImport.apply(url, store: store, at: TestClock.now)
            #expect(first.observationsAdded == 3 + 8 + 600)
            #expect(first.observationsRepeated == 1)
            let key = FigureKey(indicatorCode: "thu-nsnn", unitCode: "058", period: Period("2024-09")!)
            #expect(try await store.versions(of: key).map(\.value) == [.number(150), .number(160), .number(150)])
            let again = try await FigureImport.apply(url, store: store, at: TestClock.now)
            // Again: the first 150 repeats the latest and the months repeat theirs; 160, every filler (the first, 0,
            // follows the stored 1) and the next 150 are new versions; the last 150 repeats the one before it.
            #expect(again.observationsAdded == 1 + 600 + 1)
            #expect(again.observationsRepeated == 1 + 8 + 1)
            #expect(try await store.versions(of: key).map(\.value).suffix(2) == [.number(160), .number(150)])
        }
    }

    @Test("A bad line anywhere rolls back every line streamed before it", arguments: kinds)
    func rollsBack(kind: TestDatabase.Kind) async throws {
        var csv = header
        for month in 1...9 { csv += "058,thu-nsnn,2024-0\(month),actual,\(month * 10),,,\n" }
        csv += "058,thu-nsnn,2024-10,actual,1.889,5,,\n"
        let url = try ImportFixtures.file("bad-\(kind).csv", Data(csv.utf8))
        try await TestDatabase.withStore(kind) { store in
            try await DemoData.load(into: store, at: TestClock.now)
            let before = try await ImportFixtures.snapshot(store)
            let check = try await FigureImport.check(url, store: store)
            #expect(check.problemCount == 1)
            #expect(check.problems.first?.line == 11)
            #expect(check.problems.first?.field == "value")
            await #expect(throws: ImportError.self) { try await FigureImport.apply(url, store: store, at: TestClock.now) }
            #expect(try await ImportFixtures.snapshot(store) == before)
        }
    }

    @Test(
        "Each field is checked and named",
        arguments: [
            ("999,thu-nsnn,2024,actual,1,,,", "unit"), ("058,khong-co,2024,actual,1,,,", "indicator"),
            ("058,thu-nsnn,2024-H3,actual,1,,,", "period"), ("058,thu-nsnn,2024,uoc,1,,,", "kind"),
            ("058,thu-nsnn,2024,actual,\"1,889.5\",,,", "value"), ("058,thu-nsnn,2024,actual,,1,0,", "denominator"),
            ("058,thu-nsnn,2024,actual,1,2,3,", "value"),
        ])
    func fields(line: String, field: String) async throws {
        let format = try #require(FigureCSV(header: header.trimmingCharacters(in: .newlines)))
        do {
            _ = try format.observation(line, number: 2, file: "x.csv", units: ["058"], indicators: ["thu-nsnn"])
            Issue.record("\(line) should be refused")
        } catch {
            #expect(error.field == field)
            #expect(error.line == 2)
        }
    }
}
