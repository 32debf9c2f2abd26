import KTXHCore

extension DocumentDetails {
    /// What a user says of a document; each field given replaces the default.
    public struct Overrides: Hashable, Sendable {
        /// "45/BC-UBND".
        public var number: String?
        public var date: CalendarDay?
        public var place: String?
        /// The issuing body, one printed line per entry.
        public var issuingBody: [String]?
        public var addressee: String?
        /// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH".
        public var signerAuthority: String?
        /// "CHỦ TỊCH", "PHÓ CHỦ TỊCH".
        public var signerTitle: String?
        public var signerName: String?
        public var recipients: [String]?

        public init(
            number: String? = nil, date: CalendarDay? = nil, place: String? = nil, issuingBody: [String]? = nil,
            addressee: String? = nil, signerAuthority: String? = nil, signerTitle: String? = nil,
            signerName: String? = nil, recipients: [String]? = nil
        ) {
            self.number = number
            self.date = date
            self.place = place
            self.issuingBody = issuingBody
            self.addressee = addressee
            self.signerAuthority = signerAuthority
            self.signerTitle = signerTitle
            self.signerName = signerName
            self.recipients = recipients
        }
    }

    public func applying(_ overrides: Overrides) -> DocumentDetails {
        var details = self
        if let number = overrides.number { details.number = number }
        if let date = overrides.date {
            details.date = date
            details.month = date.month
            details.year = date.year
        }
        if let place = overrides.place { details.place = place }
        if let body = overrides.issuingBody, !body.isEmpty { details.issuingBody = body.map { $0.uppercased() } }
        if let addressee = overrides.addressee { details.addressee = addressee }
        if let authority = overrides.signerAuthority { details.signerAuthority = authority.uppercased() }
        if let title = overrides.signerTitle { details.signerTitle = title.uppercased() }
        if let name = overrides.signerName { details.signerName = name }
        if let recipients = overrides.recipients, !recipients.isEmpty { details.recipients = recipients }
        return details
    }
}
