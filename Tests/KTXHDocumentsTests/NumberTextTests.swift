import Foundation
import Testing

@testable import KTXHDocuments

/// The fast path that writes a `Decimal` as an XML number must give the same number as `Decimal.description`.
@Suite("Numbers in XML")
struct NumberTextTests {
    @Test(
        "Figures of the seeds and edge cases read back as the same decimal",
        arguments: [
            "72.4", "1889", "1857.4", "0.95", "-12.5", "0", "322780", "100", "0.0001", "0.00001", "123456789012345",
            "1234567890123456789", "98765.4321", "1e20", "-0.05", "51.05",
        ])
    func sameValue(_ text: String) throws {
        let value = try #require(Decimal(string: text))
        let written = XMLBuffer.numberText(value)
        #expect(Decimal(string: written) == value, "\(text) written as \(written)")
        #expect(!written.contains("e"), "\(written) is not plain digits")
    }

    @Test("A quotient of 38 digits takes the exact path")
    func longQuotient() {
        let value = Decimal(1889) / Decimal(3700) * 100
        #expect(Decimal(string: XMLBuffer.numberText(value)) == value)
    }
}
