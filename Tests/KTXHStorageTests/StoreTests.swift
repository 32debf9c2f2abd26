import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import Testing

/// Storage against real databases: SQLite always, PostgreSQL when KTXH_TEST_POSTGRES_URL is set.
@Suite("Store")
struct StoreTests {
    static let kinds = TestDatabase.available

    let unit = AdminUnit(code: "058", name: "Thành phố Bắc Kạn", kindName: "thành phố", parentCode: nil)
    let revenue = Indicator(
        code: "thu-nsnn", name: "Thu ngân sách nhà nước trên địa bàn", unitOfMeasure: "Tỷ đồng", section: "A",
        kind: .quantity, direction: .up, accumulation: .cumulative, department: "Phòng Tài chính - Kế hoạch",
        aliases: ["Thu NSNN trên địa bàn"])
    let h1 = Period(year: 2024, kind: .half(1))

    func plan(title: String = "Nghị quyết năm 2024") -> PlanDocument {
        PlanDocument(
            plan: Plan(
                key: "058-2024", title: title, number: "12/NQ-HĐND", issuedOn: CalendarDay(year: 2023, month: 12, day: 20),
                issuer: .council, issuerName: "HĐND thành phố Bắc Kạn", unitCode: "058", term: .year(2024)),
            sections: [PlanSection(path: "A", label: "A", title: "Kinh tế", position: 0)],
            targets: [
                Target(
                    indicatorCode: "thu-nsnn", text: "317", expression: TargetExpression(.value(317), unit: "Tỷ đồng"),
                    label: "1", position: 1, section: "A")
            ])
    }

    func seed(_ store: Store) async throws {
        try await store.save(units: [unit])
        try await store.save(indicators: [revenue])
    }

    @Test("A plan, its sections and targets read back as saved", arguments: kinds)
    func planRoundTrip(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await seed(store)
            let id = try await store.save(plan: plan())
            let document = try #require(try await store.planDocument(id: id))
            var expected = plan()
            expected.plan.id = id
            #expect(document == expected)
            let indicator = try #require(try await store.indicators()["thu-nsnn"])
            #expect(indicator == revenue)
        }
    }

    @Test("Saving the same plan twice keeps one plan with the same id", arguments: kinds)
    func planIdempotent(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await seed(store)
            let first = try await store.save(plan: plan())
            let second = try await store.save(plan: plan(title: "Nghị quyết (sửa)"))
            #expect(first == second)
            let summaries = try await store.planSummaries()
            #expect(summaries.count == 1)
            #expect(summaries.first?.title == "Nghị quyết (sửa)")
            #expect(summaries.first?.targetCount == 1)
            #expect(summaries.first?.unitName == "Thành phố Bắc Kạn")
        }
    }

    @Test("A plan's unit is named as it was named in the plan's year", arguments: kinds)
    func unitNameAtTerm(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            let old = AdminUnit(
                code: "00004", name: "Phường Trúc Bạch", kindName: "phường", parentCode: "001",
                validTo: CalendarDay(year: 2025, month: 6, day: 30))
            let new = AdminUnit(
                code: "00004", name: "Phường Ba Đình", kindName: "phường", parentCode: "01",
                validFrom: CalendarDay(year: 2025, month: 7, day: 1))
            _ = try await store.importUnits([old, new], successions: [])
            try await store.save(indicators: [revenue])
            for year in [2024, 2025] {
                var document = plan()
                document.plan.key = "00004-\(year)"
                document.plan.unitCode = "00004"
                document.plan.term = .year(year)
                try await store.save(plan: document)
            }
            let names = Dictionary(uniqueKeysWithValues: try await store.planSummaries().map { ($0.term.year, $0.unitName) })
            #expect(names == [2024: "Phường Trúc Bạch", 2025: "Phường Ba Đình"])
        }
    }

    @Test("A plan whose target names an unknown indicator is refused whole", arguments: kinds)
    func planAllOrNothing(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await seed(store)
            var document = plan()
            document.targets.append(
                Target(indicatorCode: "khong-co", text: "1", expression: TargetExpression(.value(1)), position: 2))
            await #expect(throws: (any Error).self) { try await store.save(plan: document) }
            #expect(try await store.planSummaries().isEmpty)
        }
    }

    @Test("Every version of a figure is kept; the table shows the one that counts", arguments: kinds)
    func observationVersions(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await seed(store)
            let id = try await store.save(plan: plan())
            try await store.add(
                observations: [
                    Observation(
                        indicatorCode: "thu-nsnn", unitCode: "058", period: h1, value: .number(Decimal(string: "72.4")!),
                        kind: .actual, cutoff: CalendarDay(year: 2024, month: 5, day: 31), source: "Báo cáo 6 tháng"),
                    Observation(
                        indicatorCode: "thu-nsnn", unitCode: "058", period: h1, value: .number(Decimal(string: "86.6")!),
                        kind: .estimate),
                ], recordedAt: TestClock.now)
            #expect(try await store.observationCount() == 2)
            let table = try #require(try await store.progressTable(planID: id, period: h1))
            let row = try #require(table.indicatorRows.first)
            #expect(row.current?.value == .number(Decimal(string: "72.4")!))
            #expect(row.current?.cutoff == CalendarDay(year: 2024, month: 5, day: 31))
            #expect(row.versions.count == 2)
            #expect(row.evaluation?.label == .notYetMet)
            #expect(try await store.periodsWithData(planID: id, term: .year(2024)) == [h1])
            #expect(try await store.periodsWithData(planID: id, term: .year(2025)).isEmpty)
            // The plan list finds the same periods for every plan in one query.
            #expect(try await store.planSummaries().first { $0.id == id }?.periodsWithData == [h1])
        }
    }

    @Test("Figures of every kind read back exactly", arguments: kinds)
    func valueKinds(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await seed(store)
            let values: [Observation.Value] = [
                .number(Decimal(string: "12789.8")!), .ratio(numerator: 42874, denominator: 47382), .yesNo(true),
                .text("giảm 02 người chết, giảm 04 người bị thương so với cùng kỳ"),
            ]
            try await store.add(
                observations: values.map {
                    Observation(indicatorCode: "thu-nsnn", unitCode: "058", period: h1, value: $0)
                }, recordedAt: TestClock.now)
            let read = try await store.observations(unitCode: "058", periods: [h1]).map(\.value)
            #expect(read == values)
        }
    }

    @Test("A batch with one bad figure saves none of them", arguments: kinds)
    func observationsAllOrNothing(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            try await seed(store)
            let good = Observation(indicatorCode: "thu-nsnn", unitCode: "058", period: h1, value: .number(1))
            let bad = Observation(indicatorCode: "thu-nsnn", unitCode: "999", period: h1, value: .number(2))
            await #expect(throws: (any Error).self) { try await store.add(observations: [good, bad], recordedAt: TestClock.now) }
            #expect(try await store.observationCount() == 0)
        }
    }

    @Test("Applying the same change set twice changes nothing the second time", arguments: kinds)
    func applyIdempotent(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            let figure = Observation(indicatorCode: "thu-nsnn", unitCode: "058", period: h1, value: .number(72))
            let changes = ChangeSet(units: [unit], indicators: [revenue], plans: [plan()], observations: [figure])
            let first = try await store.apply(changes, recordedAt: TestClock.now)
            #expect(first.plansCreated == 1)
            #expect(first.observationsAdded == 1)
            let second = try await store.apply(changes, recordedAt: TestClock.now)
            #expect(second.plansCreated == 0)
            #expect(second.plansUpdated == 1)
            #expect(second.planIDs == first.planIDs)
            #expect(second.observationsAdded == 0)
            #expect(second.observationsRepeated == 1)
            #expect(try await store.observationCount() == 1)
            // A revision is a new version, even back to an earlier figure.
            var revised = figure
            revised.value = .number(75)
            try await store.add(observations: [revised], recordedAt: TestClock.now)
            try await store.add(observations: [figure], recordedAt: TestClock.now)
            #expect(try await store.observationCount() == 3)
        }
    }

    @Test("Migrating twice finds nothing left to do", arguments: kinds)
    func migrationsIdempotent(kind: TestDatabase.Kind) async throws {
        try await TestDatabase.withStore(kind) { store in
            #expect(try await store.pendingMigrations().isEmpty)
            try await store.migrate()
        }
    }

    @Test("--db reads file paths, sqlite: and postgres URLs, and masks passwords")
    func locations() throws {
        #expect(DatabaseLocation("ktxh.sqlite") == .sqlite(path: "ktxh.sqlite"))
        #expect(DatabaseLocation("sqlite:/tmp/a.db") == .sqlite(path: "/tmp/a.db"))
        #expect(DatabaseLocation("postgres://u:secret@127.0.0.1/ktxh").isPostgres)
        #expect(!DatabaseLocation("postgres://u:secret@127.0.0.1/ktxh").description.contains("secret"))
        #expect(DatabaseLocation.resolve(nil, environment: ["KTXH_DATABASE_URL": "x.db"]) == .sqlite(path: "x.db"))
        #expect(DatabaseLocation.resolve("y.db", environment: ["KTXH_DATABASE_URL": "x.db"]) == .sqlite(path: "y.db"))
        #expect(DatabaseLocation.resolve(nil, environment: ["KTXH_CONFIG": "/khong/co"]) == .sqlite(path: "ktxh.sqlite"))
        // The service's settings file, as an administrator's command finds it.
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("ktxh-\(UUID().uuidString).env")
        try "# cơ sở dữ liệu\nKTXH_SERVE_OPTIONS=--port 8080\nKTXH_DATABASE_URL=\"postgres://ktxh:mk@127.0.0.1/ktxh\"\n"
            .write(to: config, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: config) }
        #expect(
            DatabaseLocation.resolve(nil, environment: ["KTXH_CONFIG": config.path])
                == .postgres(url: "postgres://ktxh:mk@127.0.0.1/ktxh"))
        #expect(
            DatabaseLocation.resolve(nil, environment: ["KTXH_CONFIG": config.path, "KTXH_DATABASE_URL": "x.db"])
                == .sqlite(path: "x.db"))
    }
}
