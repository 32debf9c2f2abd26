/// Quyền: what a route does, as far as authorization is concerned. Every route declares one.
public enum Permission: String, Hashable, Sendable, CaseIterable {
    /// The login page, the stylesheet and script, the health check: anyone, signed in or not.
    case anyone
    /// Plans, progress tables, one's own password, signing out: every signed-in account.
    case signedIn
    /// The status board, assignments, periods, the audit trail: everyone but reporters, who see only their own.
    case readAll
    /// A data-entry form and a figure's history: reporters for their own bodies, readers for all.
    case readFigures
    /// Saving and submitting figures: reporters, for their own bodies only.
    case enterFigures
    /// Returning and approving figures.
    case review
    /// Assignments, reporting periods, reopening approved figures.
    case setUp
    /// Uploading plan and progress files.
    case importFiles
    /// Creating, changing and disabling accounts.
    case manageAccounts

    /// Whether the permission depends on the reporting body a request is about.
    public var isScoped: Bool { self == .readFigures || self == .enterFigures }
}
