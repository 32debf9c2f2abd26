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

    /// Who may use each route and method.
    static let rules: [(HTTPMethod, SiteRoute, Rule)] = [
        (.GET, .home, .everyone),
        (.GET, .plan(id: .any), .everyone),
        (.GET, .progress(planID: .any, period: .any), .everyone),
        (.GET, .importForm, .only(.admin, .planner)),
        (.POST, .importForm, .only(.admin, .planner)),
        (.POST, .importConfirm(token: .any), .only(.admin, .planner)),
        (.GET, .stylesheet, .anyone),
        (.GET, .health, .anyone),
        (.GET, .metrics, .anyone),
        (.GET, .login, .anyone),
        (.POST, .login, .anyone),
        (.POST, .logout, .everyone),
        (.GET, .password, .everyone),
        (.POST, .password, .everyone),
        (.GET, .accounts, .only(.admin)),
        (.POST, .accounts, .only(.admin)),
        (.GET, .account(id: .any), .only(.admin)),
        (.POST, .account(id: .any), .only(.admin)),
        (.POST, .accountTokens(id: .any), .only(.admin)),
        (.GET, .script, .anyone),
        (.GET, .myWork, .everyone),
        (.GET, .entry(periodID: .any, body: .any), Rule(roles: Set(Role.allCases), scoped: true)),
        (.POST, .entry(periodID: .any, body: .any), Rule(roles: [.reporter], scoped: true)),
        (.GET, .entryEvaluate(periodID: .any, body: .any), Rule(roles: Set(Role.allCases), scoped: true)),
        (.GET, .figureHistory(periodID: .any, body: .any, indicator: .any), Rule(roles: Set(Role.allCases), scoped: true)),
        (.POST, .entryReview(periodID: .any, body: .any), .only(.admin, .planner, .approver)),
        (.POST, .entryReopen(periodID: .any, body: .any), .only(.admin, .planner)),
        (.GET, .board, .readers),
        (.POST, .boardApprove, .only(.admin, .planner, .approver)),
        (.GET, .periods, .readers),
        (.POST, .periods, .only(.admin, .planner)),
        (.POST, .period(id: .any), .only(.admin, .planner)),
        (.GET, .assignments(planID: .any), .readers),
        (.POST, .assignments(planID: .any), .only(.admin, .planner)),
        (.GET, .audit, .readers),
        // Tasks: proposing and assigning them is the planners'; a reporting body reports on them.
        (.GET, .planTasks(planID: .any), .everyone),
        (.POST, .planTasks(planID: .any), .only(.admin, .planner)),
        (.GET, .task(planID: .any, taskID: .any), .everyone),
        (.POST, .task(planID: .any, taskID: .any), Rule(roles: [.reporter], scoped: true)),
        (.POST, .taskAssign(planID: .any, taskID: .any), .only(.admin, .planner)),
        (.GET, .taskAttachment(planID: .any, taskID: .any, reportID: .any), .everyone),
        (.GET, .taskDocument(planID: .any, .xlsx), .everyone),
        (.GET, .taskDocument(planID: .any, .docx), .everyone),
        (.GET, .taskDocument(planID: .any, .print), .everyone),
        // Documents read what the progress and plan pages show: anyone signed in.
        (.GET, .progressDocument(planID: .any, period: .any, .xlsx), .everyone),
        (.GET, .progressDocument(planID: .any, period: .any, .docx), .everyone),
        (.GET, .progressDocument(planID: .any, period: .any, .print), .everyone),
        (.GET, .draftReport(planID: .any, period: .any), .everyone),
        (.GET, .planDocument(id: .any, .xlsx), .everyone),
        (.GET, .planDocument(id: .any, .docx), .everyone),
        (.GET, .planDocument(id: .any, .print), .everyone),
        (.GET, .criteriaSets, .everyone),
        (.POST, .criteriaSets, .only(.admin, .planner)),
        (.GET, .criteriaSetFile(key: .any), .everyone),
        (.GET, .criteriaMatrix(parentCode: .any, year: .any), .everyone),
        (.GET, .criteriaSheet(unitCode: .any, year: .any), .everyone),
        (.GET, .roadmap(parentCode: .any), .everyone),
        (.GET, .unit(code: .any), .everyone),
        (.GET, .rollUp(planID: .any, period: .any), .everyone),
        (.GET, .dashboard(planID: .any, period: .any), .everyone),
        (.GET, .dashboardIndicator(planID: .any, period: .any, indicator: .any), .everyone),
        (.GET, .dashboardChart(planID: .any, period: .any, file: .any), .everyone),
        (.GET, .indicatorChart(planID: .any, period: .any, indicator: .any, file: .any), .everyone),
        (.GET, .communes(planID: .any, period: .any), .everyone),
        (.GET, .warnings(planID: .any, period: .any), .everyone),
        (.POST, .communes(planID: .any, period: .any), .only(.admin, .planner)),
        (.GET, .publicChart(planID: .any, period: .any, file: .any), .anyone),
        (.GET, .publicPlan(planID: .any, period: .any), .anyone),
        (.POST, .planPublication(id: .any), .only(.admin, .planner)),
        (.POST, .planCopy(id: .any), .only(.admin, .planner)),
        (.POST, .planTarget(id: .any), .only(.admin, .planner)),
        // The API: the pages' rules, with a bearer token instead of the session.
        (.GET, .apiDocument, .anyone),
        (.GET, .apiPlans, .everyone),
        (.GET, .apiPlan(id: .any), .everyone),
        (.GET, .apiProgress(planID: .any, period: .any), .everyone),
        (.GET, .apiTasks(planID: .any), .everyone),
        (.GET, .apiUnit(code: .any), .everyone),
        (.GET, .apiCriteria(unitCode: .any, year: .any), .everyone),
        (.GET, .apiForms, .everyone),
        (.GET, .apiFigures(periodID: .any, body: .any), Rule(roles: Set(Role.allCases), scoped: true)),
        (.POST, .apiFigures(periodID: .any, body: .any), Rule(roles: [.reporter], scoped: true)),
        (.POST, .apiApprove(periodID: .any, body: .any), .only(.admin, .planner, .approver)),
        (.POST, .apiImports, .only(.admin, .planner)),
        (.POST, .apiImportApply(token: .any), .only(.admin, .planner)),
    ]

    static let table = Dictionary(uniqueKeysWithValues: rules.map { ("\($0.0.rawValue) \($0.1.pattern)", $0.2) })

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
                if SiteRoute.isAPI(path: path) {
                    // Another system is told to authenticate, in problem+json; a browser's cookie opens nothing.
                    #expect(anonymous.status == .unauthorized, "anonymous \(key)")
                    #expect(anonymous.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
                    let cookieOnly = try #require(browsers[.admin]).withoutToken
                    #expect(try await fixture.send(route.method, path, as: cookieOnly).status == .unauthorized, "cookie \(key)")
                } else {
                    #expect(anonymous.status == .seeOther, "anonymous \(key)")
                    #expect(anonymous.headers.first(name: .location)?.hasPrefix("/login") == true, "anonymous \(key)")
                }
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
                    #expect(toLogin == (key == "POST \(SiteRoute.logout.pattern)"), "\(role) \(key)")
                }
                if rule.roles == nil {
                    let response = try await fixture.send(route.method, path, as: web.anonymous)
                    #expect(response.status != .forbidden && response.status != .seeOther, "anonymous \(key)")
                }
            }
        }
    }
}
