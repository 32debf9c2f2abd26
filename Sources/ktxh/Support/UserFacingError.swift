import KTXHImport
import KTXHReading
import KTXHStorage

/// An error whose message is already written for the user, in Vietnamese.
protocol UserFacingError: Error {
    var userMessage: String { get }
}

extension StorageError: UserFacingError {
    var userMessage: String { message }
}

extension ImportErrors: UserFacingError {
    var userMessage: String { description }
}

extension ImportError: UserFacingError {
    var userMessage: String { description }
}

struct CommandError: UserFacingError {
    var userMessage: String
}
