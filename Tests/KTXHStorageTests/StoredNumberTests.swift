import Foundation
import Testing

@testable import KTXHStorage

/// Figures are stored as plain decimal text and read back on a fast path; it must read exactly what the slow one
/// reads, and leave to it what it does not understand.
@Suite("Reading stored figures")
struct StoredNumberTests {
    @Test(
        "The fast path reads what Decimal(string:) reads",
        arguments: ["0", "4227", "-72.4", "0.125", "1889.5", "100", "000123.4500", "999999999999999999", "-0.0001"])
    func same(_ text: String) throws {
        let fast = try #require(Store.plainDecimal(text))
        #expect(fast == Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test(
        "Anything else is left to the slow path", arguments: ["", "-", ".", "1.2.3", "1e5", "12,5", " 1", "1234567890123456789"])
    func refused(_ text: String) {
        #expect(Store.plainDecimal(text) == nil)
    }

    @Test("Either way, a stored number reads back the same")
    func bothPaths() throws {
        #expect(try Store.decimal("1234567890123456789") == Decimal(string: "1234567890123456789"))
        #expect(try Store.decimal("1e5") == 100_000)
        #expect(throws: StorageError.self) { try Store.decimal("abc") }
    }
}
