import Foundation

/// Why a text is not a number written the Vietnamese way. The message quotes the input so that a
/// person fixing a spreadsheet cell can find it.
public struct NumberFormatError: Error, Hashable, Sendable {
    public enum Reason: String, Hashable, Sendable, CaseIterable {
        case empty
        case invalidCharacter
        case spaceInsideNumber
        case missingDigits
        case misplacedSign
        case misplacedPercent
        case leadingSeparator
        case trailingSeparator
        case consecutiveSeparators
        case multipleDecimalMarks
        case groupSeparatorAfterDecimalMark
        case malformedGrouping
        case leadingZeroInGroupedNumber
        case tooManyDigits
    }

    /// The text exactly as it was handed to the parser.
    public var input: String
    public var reason: Reason

    public init(input: String, reason: Reason) {
        self.input = input
        self.reason = reason
    }

    /// Vietnamese, quoting the input.
    public var message: String {
        "Số «\(input)» không hợp lệ: \(reason.explanation)."
    }
}

extension NumberFormatError: LocalizedError {
    public var errorDescription: String? { message }
}

extension NumberFormatError: CustomStringConvertible {
    public var description: String { message }
}

extension NumberFormatError.Reason {
    /// The second half of the message; each one says how the number should have been written,
    /// because most mistakes come from English-style figures pasted from other software.
    public var explanation: String {
        switch self {
        case .empty:
            "ô trống, chưa có chữ số nào"
        case .invalidCharacter:
            "chỉ được dùng chữ số, dấu chấm phân nhóm hàng nghìn, dấu phẩy thập phân, dấu âm và dấu % ở cuối"
        case .spaceInsideNumber:
            "có khoảng trắng giữa các chữ số; hãy viết liền và phân nhóm hàng nghìn bằng dấu chấm, ví dụ 1.889"
        case .missingDigits:
            "không có chữ số nào"
        case .misplacedSign:
            "dấu âm hoặc dấu dương chỉ được đứng ở đầu số"
        case .misplacedPercent:
            "dấu % chỉ được đứng ở cuối số và chỉ một lần"
        case .leadingSeparator:
            "số không được bắt đầu bằng dấu chấm hay dấu phẩy; hãy viết 0,5 thay cho ,5 hoặc .5"
        case .trailingSeparator:
            "số không được kết thúc bằng dấu chấm hay dấu phẩy"
        case .consecutiveSeparators:
            "có hai dấu phân cách đứng liền nhau"
        case .multipleDecimalMarks:
            "có nhiều hơn một dấu phẩy thập phân"
        case .groupSeparatorAfterDecimalMark:
            "dấu chấm phân nhóm hàng nghìn không được đứng sau dấu phẩy thập phân"
        case .malformedGrouping:
            "sau mỗi dấu chấm phân nhóm hàng nghìn phải có đúng 3 chữ số (dấu thập phân là dấu phẩy, ví dụ 1,5)"
        case .leadingZeroInGroupedNumber:
            "số có phân nhóm hàng nghìn không được bắt đầu bằng chữ số 0"
        case .tooManyDigits:
            "có quá \(VietnameseNumber.maximumDigits) chữ số"
        }
    }
}
