import Foundation
import KTXHCore

extension WallClock {
    /// The machine's clock: what the web app and the CLI hold when nobody fixes the time.
    public static let system = WallClock { Date() }
}
