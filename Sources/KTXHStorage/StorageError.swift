import Foundation

/// An error from the database layer, with a Vietnamese message for the user.
public struct StorageError: Error, LocalizedError, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}
