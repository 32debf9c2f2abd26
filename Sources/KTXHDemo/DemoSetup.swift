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
        try await Store.withMigrated(location) { store in
            guard try await store.planSummaries().isEmpty else { return .existing }
            return .created(try await DemoData.load(into: store, at: now, progress: progress))
        }
    }

    private static func load(_ location: DatabaseLocation, now: Date, progress: (String) -> Void) async throws -> DemoData.Summary
    {
        try await Store.withMigrated(location) { store in
            let summary = try await DemoData.load(into: store, at: now, progress: progress)
            try await store.checkpoint()
            return summary
        }
    }

    private static func removeSQLiteFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
