import ShopSyncCore
import ShsInterpreter

/// Makes a fresh interpreter for one job run. The app registers one in `Services`, wired like
/// its own (the full registry, a ledger provider on the same database with its own
/// connection); the job queue cannot build one itself because it does not know every service.
public struct JobInterpreterFactory: Sendable {
    /// - Parameters: where the run's output goes (it becomes the log's summary), and a check
    ///   the run polls to stop (time limit, stopping worker, lost lease).
    public let make: @Sendable (_ output: any OutputSink, _ interrupt: @escaping @Sendable () -> Bool)
        -> Interpreter

    public init(make: @escaping @Sendable (_ output: any OutputSink,
                                           _ interrupt: @escaping @Sendable () -> Bool) -> Interpreter) {
        self.make = make
    }
}
