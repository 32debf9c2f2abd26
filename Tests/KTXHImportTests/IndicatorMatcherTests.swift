import KTXHCore
import KTXHImport
import Testing

@Suite("Matching names to the catalogue")
struct IndicatorMatcherTests {
    let catalogue = Catalogue([
        Indicator(code: "thu-nsnn", name: "Thu ngân sách nhà nước trên địa bàn", unitOfMeasure: "Tỷ đồng"),
        Indicator(code: "bhyt", name: "Tỷ lệ người dân tham gia bảo hiểm y tế", unitOfMeasure: "%"),
        Indicator(code: "htx-moi", name: "Thành lập mới hợp tác xã", unitOfMeasure: "HTX"),
        Indicator(code: "tot-nghiep-thcs", name: "Tỷ lệ tốt nghiệp trung học cơ sở", unitOfMeasure: "%"),
        Indicator(code: "ocop", name: "Sản phẩm OCOP mới đạt từ 3 sao trở lên", unitOfMeasure: "Sản phẩm"),
    ])

    func match(_ name: String) -> IndicatorMatch? {
        IndicatorMatcher(database: catalogue.indicators, standard: Catalogue([])).match(name, line: 1)
    }

    @Test(
        "The same indicator written another way is matched with certainty",
        arguments: [
            ("Thu NSNN trên địa bàn", "thu-nsnn"),
            ("Thu ngân sách nhà nước trên địa bàn.", "thu-nsnn"),
            ("Tỷ lệ người dân tham gia BHYT", "bhyt"),
            ("Người dân tham gia bảo hiểm y tế", "bhyt"),
            ("Thành lập mới HTX", "htx-moi"),
            ("Hợp tác xã thành lập mới", "htx-moi"),
            ("Tỉ lệ tốt nghiệp THCS", "tot-nghiep-thcs"),
            ("sản phẩm ocop mới đạt từ 3 sao trở lên", "ocop"),
        ])
    func certain(name: String, code: String) throws {
        let found = try #require(match(name))
        #expect(found.indicator.code == code)
        #expect(found.confidence == .certain)
    }

    @Test("A name sharing most but not all of the words is only probable, and says how sure")
    func probable() throws {
        let found = try #require(match("Thu ngân sách nhà nước trên địa bàn thành phố"))
        #expect(found.indicator.code == "thu-nsnn")
        #expect(found.confidence == .probable)
        #expect(found.score > 0.6 && found.score < 1)
    }

    @Test("A different indicator is not matched")
    func unrelated() {
        #expect(match("Tỷ lệ hộ nghèo") == nil)
        #expect(match("Chi ngân sách địa phương") == nil)
    }
}
