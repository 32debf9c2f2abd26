import Foundation
import KTXHCore
import KTXHPasswords
import KTXHWorkflows

/// The web app's effects and limits, set once in `configure`: the clock, the password hasher,
/// cookie attributes and the login rate limit. Tests pin the clock and lower the cost.
public struct WebSettings: Sendable {
    /// The clock: the only place the web app reads the time.
    public var clock: WallClock
    /// How passwords are hashed and checked: bcrypt of cost 12 unless a test makes it cheaper.
    public var passwords: PasswordHasher
    /// Sends cookies with `Secure`: set it when the app is served over HTTPS (behind a reverse proxy).
    public var secureCookies: Bool
    public var sessionLifetime: TimeInterval
    /// Failed logins allowed per account and per address within `loginWindow` before further attempts are
    /// refused until the window passes.
    public var loginLimitPerAccount: Int
    public var loginLimitPerAddress: Int
    public var loginWindow: TimeInterval
    /// The reverse proxies whose `X-Forwarded-For` is believed (docs/operations.md).
    public var trustedProxies: TrustedProxies
    /// What `/metrics` reports; one per server.
    public var metrics: SiteMetrics
    /// A log record per request (`ktxh serve`); tests leave it off.
    public var logRequests: Bool

    public init(
        clock: WallClock = .system, passwords: PasswordHasher = .standard, secureCookies: Bool = false,
        sessionLifetime: TimeInterval = 12 * 3600, loginLimitPerAccount: Int = 5, loginLimitPerAddress: Int = 20,
        loginWindow: TimeInterval = 15 * 60, trustedProxies: TrustedProxies = TrustedProxies(),
        metrics: SiteMetrics = SiteMetrics(), logRequests: Bool = false
    ) {
        self.trustedProxies = trustedProxies
        self.metrics = metrics
        self.logRequests = logRequests
        self.clock = clock
        self.passwords = passwords
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.loginLimitPerAccount = loginLimitPerAccount
        self.loginLimitPerAddress = loginLimitPerAddress
        self.loginWindow = loginWindow
    }

    public func now() -> Date { clock.now() }

    var loginLimits: Credentials.Limits {
        Credentials.Limits(perAccount: loginLimitPerAccount, perAddress: loginLimitPerAddress, window: loginWindow)
    }

    /// Deadlines are days in Vietnam's one time zone.
    public static let timeZone = TimeZone.vietnam
}
