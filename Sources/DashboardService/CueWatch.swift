import Ledger
import ShopSyncCore
import ShsInterpreter

/// `cues watch`: the dashboard again every interval. On a terminal each view replaces the last
/// (cursor home, clear screen); elsewhere views follow one another under a time stamp.
struct CueWatch {
    static let defaultInterval = TimeSpan(milliseconds: 10_000)

    let context: ExecutionContext
    let interval: TimeSpan
    let shop: String?
    let times: Int64?

    init(invocation: Invocation, context: ExecutionContext) throws {
        self.context = context
        if case .duration(let span)? = invocation.arguments["interval"] {
            guard span.milliseconds > 0 else { throw CommandError("the interval must be above 0s") }
            interval = span
        } else {
            interval = Self.defaultInterval
        }
        shop = invocation.string("shop")
        times = invocation.int("times")
    }

    func run() throws {
        var shown: Int64 = 0
        while times.map({ shown < $0 }) ?? true {
            try context.checkCancellation()
            if shown > 0 { try context.pause(for: interval) }
            try showOnce()
            shown += 1
        }
    }

    private func showOnce() throws {
        let counts = try context.withLedger { try $0.cueCounts(shop: shop) }
        let clear = context.output.isTerminal ? "\u{1B}[H\u{1B}[2J" : ""
        let scope = shop.map { "shop \($0)" } ?? "all shops"
        context.output.message(clear + "cues for \(scope) at \(context.clock.now()) "
                               + "(every \(interval); interrupt to stop)", format: context.format)
        context.show(.table(CueTables.dashboard(counts)))
    }
}
