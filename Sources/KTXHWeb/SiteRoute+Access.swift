import KTXHCore
import Vapor

extension SiteRoute {
    /// Who may use a route, per method: the site's permission table (docs/web.md). A method without a
    /// permission is not served, so a new page cannot be reached before it has a rule.
    struct Access {
        var get: Permission?
        var post: Permission?
        /// The largest upload a POST accepts, where it takes a file.
        var upload: ByteCount?
    }

    var access: Access {
        switch self {
        case .home, .plan, .progress, .progressDocument, .draftReport, .planDocument, .criteriaSetFile, .criteriaMatrix,
            .criteriaSheet, .roadmap, .unit, .rollUp, .myWork, .dashboard, .dashboardIndicator, .dashboardChart,
            .indicatorChart, .warnings:
            Access(get: .signedIn)
        // Giao chỉ tiêu cho xã: setting targets, like setting one on the plan's page.
        case .communes: Access(get: .signedIn, post: .setUp)
        // Operations' probes: nothing in them names a person or a figure; the proxy keeps /metrics inside
        // (docs/operations.md).
        case .stylesheet, .script, .health, .metrics: Access(get: .anyone)
        // What a planner has made public: approved figures, no person's name.
        case .publicPlan, .publicChart: Access(get: .anyone)
        case .planPublication, .planCopy, .planTarget: Access(post: .setUp)
        case .login: Access(get: .anyone, post: .anyone)
        case .logout: Access(post: .signedIn)
        case .password: Access(get: .signedIn, post: .signedIn)
        case .accounts, .account: Access(get: .manageAccounts, post: .manageAccounts)
        case .accountTokens: Access(post: .manageAccounts)
        case .importForm: Access(get: .importFiles, post: .importFiles, upload: "25mb")
        case .importConfirm: Access(post: .importFiles)
        // Loading a criteria set changes how every commune is judged: a set-up task, like opening a period.
        case .criteriaSets: Access(get: .signedIn, post: .setUp, upload: "5mb")
        case .entry: Access(get: .readFigures, post: .enterFigures)
        case .entryEvaluate, .figureHistory: Access(get: .readFigures)
        case .entryReview, .boardApprove: Access(post: .review)
        case .entryReopen, .period: Access(post: .setUp)
        case .board, .audit: Access(get: .readAll)
        case .periods, .assignments: Access(get: .readAll, post: .setUp)
        // Tasks: proposing and assigning them is setting up the plan; reporting on one is entering its figures.
        case .planTasks: Access(get: .signedIn, post: .setUp, upload: "10mb")
        case .task: Access(get: .signedIn, post: .enterFigures, upload: "12mb")
        case .taskAssign: Access(post: .setUp)
        case .taskAttachment, .taskDocument: Access(get: .signedIn)
        // The API: the same permissions as the pages that show and change the same things.
        case .apiDocument: Access(get: .anyone)
        case .apiPlans, .apiPlan, .apiProgress, .apiTasks, .apiUnit, .apiCriteria, .apiForms: Access(get: .signedIn)
        case .apiFigures: Access(get: .readFigures, post: .enterFigures)
        case .apiApprove: Access(post: .review)
        case .apiImports: Access(post: .importFiles, upload: "25mb")
        case .apiImportApply: Access(post: .importFiles)
        }
    }
}

// A route's values where only its pattern counts: registering it, naming it in a test.
extension Int64 { static let any: Int64 = 0 }
extension Int { static let any = 0 }
extension String { static let any = "" }
extension Period { static let any = Period.year(2000) }
