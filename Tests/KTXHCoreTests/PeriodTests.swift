import KTXHCore
import Testing

@Suite("Periods")
struct PeriodTests {
    @Test(arguments: ["2024", "2024-H1", "2024-H2", "2024-9M", "2024-Q1", "2024-Q4", "2024-01", "2024-12", "2021-2025"])
    func roundTrip(code: String) {
        #expect(Period(code)?.code == code)
    }

    @Test(arguments: ["", "24", "2024-H3", "2024-Q5", "2024-13", "2024-00", "2025-2021", "abcd", "2024-X"])
    func rejects(code: String) {
        #expect(Period(code) == nil)
    }

    @Test("The year covers its halves; a half does not cover the year")
    func covers() throws {
        let year = Period.year(2024)
        let h1 = try #require(Period("2024-H1"))
        #expect(year.covers(h1))
        #expect(!h1.covers(year))
        #expect(try #require(Period("2021-2025")).covers(year))
        #expect(!Period.year(2023).covers(h1))
    }

    @Test("Nghị định 09/2019: 6 months run from 15/12 of the previous year to 14/6")
    func reportingWindow() throws {
        let window = try #require(Period("2024-H1")).reportingWindow
        #expect(window.start == CalendarDay(year: 2023, month: 12, day: 15))
        #expect(window.end == CalendarDay(year: 2024, month: 6, day: 14))
        let year = Period.year(2024).reportingWindow
        #expect(year.end == CalendarDay(year: 2024, month: 12, day: 14))
    }

    @Test func samePeriodLastYear() throws {
        #expect(try #require(Period("2024-H1")).samePeriodLastYear.code == "2023-H1")
        #expect(try #require(Period("2021-2025")).samePeriodLastYear.code == "2016-2020")
    }

    @Test func vietnameseNames() throws {
        #expect(try #require(Period("2024-H1")).vietnameseName == "6 tháng đầu năm 2024")
        #expect(try #require(Period("2024-Q3")).vietnameseName == "quý III năm 2024")
    }

    @Test("Dates as officials write them and as ISO")
    func calendarDays() {
        #expect(CalendarDay("31/5/2024") == CalendarDay(year: 2024, month: 5, day: 31))
        #expect(CalendarDay("2024-05-31")?.vietnamese == "31/5/2024")
        #expect(CalendarDay("31/2/2024") == nil)
        #expect(CalendarDay("29/2/2024") != nil)
        #expect(CalendarDay("29/2/2023") == nil)
    }
}
