import Foundation
import KTXHStorage

/// `ktxh demo`'s set-up: create the demo database when it does not exist yet, never touch one that does.
public enum DemoSetup {
    public enum Outcome: Sendable, Hashable {
        case created(DemoData.Summary)
        case existing
    }

    public static func prepare(at location: DatabaseLocation, now: Date, progress: (String) -> Void = { _ in }) async throws
        -> Outcome
    {
        switch location {
        case .sqlite(let path):
            if FileManager.default.fileExists(atPath: path) {
                return try await loadIfEmpty(location, now: now, progress: progress)
            }
            // Built beside the target and renamed at the end, so an interrupted set-up leaves no half database.
            let temporary = path + ".tao-moi-\(ProcessInfo.processInfo.processIdentifier)"
            removeSQLiteFiles(temporary)
            do {
                let summary = try await load(.sqlite(path: temporary), now: now, progress: progress)
                try FileManager.default.moveItem(atPath: temporary, toPath: path)
                removeSQLiteFiles(temporary)
                return .created(summary)
            } catch {
                removeSQLiteFiles(temporary)
                throw error
            }
        case .sqliteInMemory, .postgres:
            return try await loadIfEmpty(location, now: now, progress: progress)
        }
    }

    private static func loadIfEmpty(_ location: DatabaseLocation, now: Date, progress: (String) -> Void) async throws -> Outcome {
        let store = try Store(location: location)
        do {
            try await store.migrate()
            let isEmpty = try await store.planSummaries().isEmpty
            let outcome: Outcome =
                isEmpty ? .created(try await DemoData.load(into: store, at: now, progress: progress)) : .existing
            await store.shutdown()
            return outcome
        } catch {
            await store.shutdown()
            throw error
        }
    }

    private static func load(_ location: DatabaseLocation, now: Date, progress: (String) -> Void) async throws -> DemoData.Summary
    {
        let store = try Store(location: location)
        do {
            try await store.migrate()
            let summary = try await DemoData.load(into: store, at: now, progress: progress)
            try await store.checkpoint()
            await store.shutdown()
            return summary
        } catch {
            await store.shutdown()
            throw error
        }
    }

    private static func removeSQLiteFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
