import ArgumentParser

/// The options every `ktxh report` document shares: database, plan, output file and the document's details.
struct ReportArguments: ParsableArguments {
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var plan: PlanOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var details: DocumentOptions

    var request: ReportRequest {
        ReportRequest(database: database, planID: plan.plan, overrides: details.overrides())
    }
}
