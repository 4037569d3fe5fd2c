/// Why a sync stopped.
enum SyncError: Error, CustomStringConvertible {
    /// A bulk query's result could not be used; what was imported from it stays.
    case bulk(String)
    /// The shop's settings forbid the task; nothing was sent or written.
    case refused(task: String, reason: String)

    var description: String {
        switch self {
        case .bulk(let problem): return problem
        case .refused(_, let reason): return "refused: \(reason)"
        }
    }
}
