import KTXHCore
import NIOPosix
import Vapor

// Vapor has a PasswordHasher of its own: ours is named in full.
extension KTXHCore.PasswordHasher {
    /// What a deployment uses: bcrypt of cost 12.
    public static let standard = KTXHCore.PasswordHasher.bcrypt(cost: 12)

    /// Salted, slow hashes (Vapor's bcrypt), computed off the event loop so a login does not stall other
    /// requests. A cost of 12 takes about a quarter of a second, which is what makes guessing slow.
    public static func bcrypt(cost: Int) -> KTXHCore.PasswordHasher {
        KTXHCore.PasswordHasher(
            hash: { password in try await NIOThreadPool.singleton.runIfActive { try Bcrypt.hash(password, cost: cost) } },
            verify: { password, stored in
                try await NIOThreadPool.singleton.runIfActive { (try? Bcrypt.verify(password, created: stored)) ?? false }
            },
            decoy: "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5K9TqGmDbI3bKRGDaXyVnXr4sX8aVCa")
    }
}
