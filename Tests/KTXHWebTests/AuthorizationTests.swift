import Foundation
import KTXHCore
import KTXHStorage
import KTXHTestSupport
import Testing
import Vapor
import VaporTesting

@testable import KTXHWeb

/// Every registered route is tried anonymously, by every role, and (where scoped) by a reporter of
/// another department. The table below is the specification: a route missing from it fails the suite.
@Suite("Authorization of every route")
struct AuthorizationTests {
    struct Rule {
        var roles: Set<Role>?
        var scoped = false

        /// Open to anyone, signed in or not.
        static let anyone = Rule(roles: nil)
        static func only(_ roles: Role...) -> Rule { Rule(roles: Set(roles)) }
        static let everyone = Rule(roles: Set(Role.allCases))
        static let readers = Rule.only(.admin, .planner, .approver, .viewer)
    }

    /// Who may use each route: METHOD and pattern, as registered.
    static let table: [String: Rule] = [
        "GET /": .everyone,
        "GET /plans/:planID": .everyone,
        "GET /plans/:planID/progress/:period": .everyone,
        "GET /import": .only(.admin, .planner),
        "POST /import": .only(.admin, .planner),
        "POST /import/:token/confirm": .only(.admin, .planner),
        "GET /assets/app.css": .anyone,
        "GET /healthz": .anyone,
        "GET /login": .anyone,
        "POST /login": .anyone,
        "POST /logout": .everyone,
        "GET /password": .everyone,
        "POST /password": .everyone,
        "GET /accounts": .only(.admin),
        "POST /accounts": .only(.admin),
        "GET /accounts/:accountID": .only(.admin),
        "POST /accounts/:accountID": .only(.admin),
        "GET /assets/entry.js": .anyone,
        "GET /entry": .everyone,
        "GET /entry/:periodID/:body": Rule(roles: Set(Role.allCases), scoped: true),
        "POST /entry/:periodID/:body": Rule(roles: [.reporter], scoped: true),
        "GET /entry/:periodID/:body/evaluate": Rule(roles: Set(Role.allCases), scoped: true),
        "GET /entry/:periodID/:body/figures/:indicator": Rule(roles: Set(Role.allCases), scoped: true),
        "POST /entry/:periodID/:body/review": .only(.admin, .planner, .approver),
        "POST /entry/:periodID/:body/reopen": .only(.admin, .planner),
        "GET /board": .readers,
        "POST /board/approve": .only(.admin, .planner, .approver),
        "GET /periods": .readers,
        "POST /periods": .only(.admin, .planner),
        "POST /periods/:periodID": .only(.admin, .planner),
        "GET /plans/:planID/assignments": .readers,
        "POST /plans/:planID/assignments": .only(.admin, .planner),
        "GET /audit": .readers,
        // Documents read what the progress and plan pages show: anyone signed in.
        "GET /plans/:planID/progress/:period/download.xlsx": .everyone,
        "GET /plans/:planID/progress/:period/download.docx": .everyone,
        "GET /plans/:planID/progress/:period/print": .everyone,
        "GET /plans/:planID/progress/:period/draft.docx": .everyone,
        "GET /plans/:planID/download.xlsx": .everyone,
        "GET /plans/:planID/download.docx": .everyone,
        "GET /plans/:planID/print": .everyone,
        "GET /criteria": .everyone,
        "POST /criteria": .only(.admin, .planner),
        "GET /criteria/sets/:file": .everyone,
        "GET /criteria/matrix/:parent/:year": .everyone,
        "GET /criteria/units/:unit/:year": .everyone,
        "GET /criteria/roadmap/:parent": .everyone,
        "GET /units/:code": .everyone,
        "GET /plans/:planID/rollup/:period": .everyone,
    ]

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    @Test("Every route has a rule, and the rule is the permission the app registered it with")
    func everyRouteHasARule() async throws {
        try await WebTestApp.with(demo: false) { web in
            let registered = Set(web.app.routes.all.map(Self.key))
            for route in web.app.routes.all {
                let key = Self.key(route)
                let rule = try #require(Self.table[key], "\(key) has no authorization rule in AuthorizationTests.table")
                let permission = try #require(route.userInfo["permission"] as? Permission, "\(key) declares no permission")
                #expect((permission == .anyone ? nil : Policy.roles(permission)) == rule.roles, "\(key)")
                #expect(permission.isScoped == rule.scoped, "\(key)")
            }
            #expect(Set(Self.table.keys).subtracting(registered).isEmpty, "rules for routes that do not exist")
        }
    }

    @Test("Anonymous requests go to the login page, other roles get 403, and nothing changes", arguments: TestDatabase.available)
    func refusals(_ kind: TestDatabase.Kind) async throws {
        try await WebTestApp.with(kind) { web in
            let fixture = try await AccessFixture.make(web)
            var browsers: [Role: Browser] = [:]
            for role in Role.allCases { browsers[role] = try await web.signIn(role) }
            let before = try await fixture.counts()
            for route in web.app.routes.all {
                let key = Self.key(route)
                guard let rule = Self.table[key], let roles = rule.roles else { continue }
                let path = fixture.path(route)
                let anonymous = try await fixture.send(route.method, path, as: web.anonymous)
                #expect(anonymous.status == .seeOther, "anonymous \(key)")
                #expect(anonymous.headers.first(name: .location)?.hasPrefix("/login") == true, "anonymous \(key)")
                for role in Role.allCases where !roles.contains(role) {
                    let response = try await fixture.send(route.method, path, as: try #require(browsers[role]))
                    #expect(response.status == .forbidden, "\(role) \(key): \(response.status)")
                }
                if rule.scoped {
                    let response = try await fixture.send(route.method, path, as: fixture.otherReporter)
                    #expect(response.status == .forbidden, "reporter of another department, \(key)")
                }
            }
            #expect(try await fixture.counts() == before, "a refused request changed something")
        }
    }

    @Test("The roles a rule names are let through")
    func allowed() async throws {
        try await WebTestApp.with { web in
            let fixture = try await AccessFixture.make(web)
            for route in web.app.routes.all {
                let key = Self.key(route)
                let rule = try #require(Self.table[key])
                let path = fixture.path(route)
                for role in rule.roles ?? [] {
                    let browser = role == .reporter ? try await fixture.reporter() : try await web.signIn(role)
                    let response = try await fixture.send(route.method, path, as: browser)
                    #expect(response.status != .forbidden, "\(role) \(key)")
                    // Signing out is the one route whose answer is the login page.
                    let toLogin = response.headers.first(name: .location)?.hasPrefix("/login") == true
                    #expect(toLogin == (key == "POST /logout"), "\(role) \(key)")
                }
                if rule.roles == nil {
                    let response = try await fixture.send(route.method, path, as: web.anonymous)
                    #expect(response.status != .forbidden && response.status != .seeOther, "anonymous \(key)")
                }
            }
        }
    }
}
