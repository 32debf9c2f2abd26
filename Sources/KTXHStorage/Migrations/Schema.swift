import FluentKit

/// Every migration, in order. Never edit a shipped migration: add the next number.
enum Schema {
    static let migrations: [any Migration] = [
        CreateAdminUnits(),
        CreateIndicators(),
        CreatePlans(),
        CreateObservations(),
        CreateAccounts(),
        CreateSessions(),
        CreateAuditLog(),
        CreateWorkflow(),
        CreateUnitHistory(),
        CreateCriteria(),
        AddIndicatorAggregation(),
        AddPlanPublication(),
        CreateApiTokens(),
        CreatePlanTasks(),
    ]
}
