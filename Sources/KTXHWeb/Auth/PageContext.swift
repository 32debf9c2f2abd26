import KTXHCore

/// Who is looking at the page being rendered: the layout shows their name, the links their role may
/// follow and the sign-out button, and every form carries their CSRF token. Set per request by
/// `SessionMiddleware`, so views stay functions of their model and need no extra parameter.
struct PageContext: Sendable {
    var account: Account
    var csrfToken: String

    @TaskLocal static var current: PageContext?

    func allows(_ permission: Permission) -> Bool {
        Policy.allows(account, permission)
    }
}
