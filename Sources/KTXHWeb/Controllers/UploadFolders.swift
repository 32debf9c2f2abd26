import Foundation
import KTXHImport
import KTXHStorage
import KTXHWorkflows
import Vapor

/// Tệp tải lên: an uploaded file waits in its own folder, named by a random token, between its review and its
/// import, for the upload page and `/api/v1/imports` alike. The name is reduced to its last component, so a
/// client cannot write beside the folder.
struct UploadFolders: Sendable {
    let root: URL

    struct Upload {
        var token: String
        var folder: URL
        var name: String
        var file: URL { folder.appendingPathComponent(name) }
    }

    /// Keeps `data` under a new token; the name it is kept under is the one to review it by.
    func keep(_ data: Data, name: String) throws -> Upload {
        let upload = self.upload(token: UUID().uuidString.lowercased(), name: name)
        try FileManager.default.createDirectory(at: upload.folder, withIntermediateDirectories: true)
        try data.write(to: upload.file)
        return upload
    }

    /// The upload a request's token names; its file may be gone (imported or expired).
    func upload(_ req: Request, name: String) throws -> Upload {
        let token = req.parameter(.token)
        guard UUID(uuidString: token) != nil else { throw Abort(.badRequest, reason: "Mã tải lên không hợp lệ.") }
        return upload(token: token.lowercased(), name: name)
    }

    /// Forgets an upload once it is imported.
    func remove(_ upload: Upload) {
        try? FileManager.default.removeItem(at: upload.folder)
    }

    private func upload(token: String, name: String) -> Upload {
        Upload(token: token, folder: root.appendingPathComponent(token), name: Self.safeName(name))
    }

    static func safeName(_ name: String) -> String {
        let last = (name as NSString).lastPathComponent.replacingOccurrences(of: "..", with: "")
        return last.isEmpty ? "tep-tai-len" : last
    }
}

extension ImportWorkflow {
    /// Applies a review for a web or API request, counting the import's outcome in `/metrics`.
    static func apply(_ review: ImportReview, store: Store, req: Request, settings: WebSettings) async throws -> ApplyResult {
        do {
            let result = try await apply(review, store: store, actor: try req.account.username, at: settings.now())
            settings.metrics.importFinished("ok")
            return result
        } catch {
            settings.metrics.importFinished("refused")
            throw error
        }
    }
}
