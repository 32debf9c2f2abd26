import Foundation
import Testing

/// `ktxh synth` as a script runs it: JSON out, an empty database only, bad options named.
@Suite("ktxh synth")
struct SynthCommandTests {
    let command = CommandTests()

    @Test("Loads a small data set, prints its counts as JSON, and refuses a database that already has figures")
    func loads() throws {
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("synth-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) } }
        let arguments = ["synth", "--db", db, "--communes", "40", "--indicators", "3", "--years", "1", "--json"]
        let first = try command.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let counts = try command.json(first.stdout)
        #expect(counts["communes"] as? Int == 40)
        #expect(counts["plans"] as? Int == 40 + 34)
        #expect((counts["figures"] as? Int ?? 0) > 40 * 3 * 3)
        let again = try command.run(arguments)
        #expect(again.status != 0)
        #expect(again.stderr.contains("đã có số liệu"))
    }

    @Test("A period word it does not know is named")
    func badPeriod() throws {
        let result = try command.run("synth", "--db", "/nonexistent/x.sqlite", "--periods", "h1,q5")
        #expect(result.status != 0)
        #expect(result.stderr.contains("«q5» không phải kỳ báo cáo"))
    }
}
