/// Why a save or a workflow step was refused. Nothing of the request is stored when one is thrown.
public enum WorkflowError: Error, Hashable, Sendable {
    /// Someone saved the figure after the form was loaded: their state and value are returned so the
    /// page can show them.
    case conflict(FigureKey, current: FigureState, value: Observation?)
    /// The figure is submitted or approved and its reporter may not change it.
    case locked(FigureKey, FigureStatus)
    /// The step does not apply to the figure's status (approving a draft).
    case notAllowed(FigureKey, FigureStatus, FigureStatus.Action)
    /// The period is closed for entry.
    case periodClosed
}
