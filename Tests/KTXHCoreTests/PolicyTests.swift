import Testing

@testable import KTXHCore

@Suite("Roles, scope and the policy")
struct PolicyTests {
    let kinhTe = ReportingBody(unitCode: "058", department: "Phòng Kinh tế")
    let taiChinh = ReportingBody(unitCode: "058", department: "Phòng Tài chính - Kế hoạch")

    func account(_ role: Role, scope: [ReportingBody] = [], disabled: Bool = false) -> Account {
        Account(id: 1, username: "a", displayName: "A", role: role, scope: scope, isDisabled: disabled)
    }

    @Test("A reporter enters figures only for the bodies in its scope")
    func reporterScope() {
        let reporter = account(.reporter, scope: [kinhTe])
        #expect(Policy.allows(reporter, .enterFigures, for: kinhTe))
        #expect(!Policy.allows(reporter, .enterFigures, for: taiChinh))
        #expect(!Policy.allows(reporter, .enterFigures, for: ReportingBody(unitCode: "437", department: "Phòng Kinh tế")))
        #expect(!Policy.allows(reporter, .enterFigures, for: nil), "a scoped permission without a body is refused")
        #expect(!Policy.allows(reporter, .readAll))
    }

    @Test("A commune's own scope covers every department of the commune and nothing else")
    func communeScope() {
        let commune = ReportingBody(unitCode: "01849")
        let reporter = account(.reporter, scope: [commune])
        #expect(Policy.allows(reporter, .enterFigures, for: ReportingBody(unitCode: "01849", department: "Địa chính")))
        #expect(Policy.allows(reporter, .enterFigures, for: commune))
        #expect(!Policy.allows(reporter, .enterFigures, for: ReportingBody(unitCode: "01852")))
        #expect(!kinhTe.covers(commune))
    }

    @Test("Readers read everything and change nothing; planners set up; only admins manage accounts")
    func roles() {
        for permission in [Permission.enterFigures, .review, .setUp, .importFiles, .manageAccounts] {
            #expect(!Policy.allows(account(.viewer), permission, for: kinhTe), "\(permission)")
        }
        #expect(Policy.allows(account(.viewer), .readFigures, for: kinhTe))
        #expect(Policy.allows(account(.approver), .review))
        #expect(!Policy.allows(account(.approver), .setUp))
        #expect(Policy.allows(account(.planner), .setUp))
        #expect(!Policy.allows(account(.planner), .manageAccounts))
        #expect(!Policy.allows(account(.planner), .enterFigures, for: kinhTe), "planners review, reporters enter")
        #expect(Policy.allows(account(.admin), .manageAccounts))
    }

    @Test("A disabled account and an anonymous visitor may do nothing but the public pages")
    func disabledAndAnonymous() {
        for permission in Permission.allCases where permission != .anyone {
            #expect(!Policy.allows(account(.admin, disabled: true), permission, for: kinhTe))
            #expect(!Policy.allows(nil, permission, for: kinhTe))
        }
        #expect(Policy.allows(nil, .anyone))
    }

    @Test("Bodies read and write as `058:Phòng Kinh tế`, and name themselves in URLs without tone marks")
    func bodyText() throws {
        #expect(ReportingBody("058:Phòng Kinh tế") == kinhTe)
        #expect(ReportingBody(" 01849 ") == ReportingBody(unitCode: "01849"))
        #expect(ReportingBody("Phòng Kinh tế") == nil)
        #expect(kinhTe.description == "058:Phòng Kinh tế")
        #expect(kinhTe.slug == "phong-kinh-te")
        #expect(taiChinh.slug == "phong-tai-chinh-ke-hoach")
        #expect(ReportingBody.slug("Phòng Quản lý đô thị") == "phong-quan-ly-do-thi")
        #expect(ReportingBody(unitCode: "01849").slug == "don-vi")
    }

    @Test("Usernames are plain lower-case ASCII")
    func usernames() {
        #expect(Account.isValidUsername("kehoach.058"))
        #expect(!Account.isValidUsername("KeHoach"))
        #expect(!Account.isValidUsername("kế-hoạch"))
        #expect(!Account.isValidUsername("ab"))
    }
}
