import Foundation
import ShopSyncApp
import ShsInterpreter

// Prints the benchmark figures the issues ask for, each with its target. Run by scripts/bench in
// a release build; nothing here is a test.

/// A realistic script of about `bytes` bytes: settings, loops, conditions, filtered queries.
func generatedScript(bytes: Int) -> String {
    let block = """
    let since = today - 7d
    let total = 0
    # a comment line, as real scripts have
    for c in commands where topic = "data" and name like "l*" order by name desc limit 5 do
      if c.name is not empty and (c.topic in ("data", "language") or not (1 > 2)) then
        let total = total + 1
      else
        print "unexpected", c.name, 12.50 * 3, 2026-12-01T10:30Z - 90m
      end
    end
    count commands where topic = "language" and synopsis like "*<*"
    assert total >= 0 "totals are never negative"

    """
    let copies = max(1, bytes / block.utf8.count)
    return String(repeating: block, count: copies)
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func parseAndBind() {
    let interpreter = Interpreter(registry: ShopSyncRegistry.make(), output: DiscardingOutputSink())
    var rates: [(Int, Double)] = []
    for megabytes in [1, 2, 5, 10] {
        let text = generatedScript(bytes: megabytes * 1_000_000)
        var diagnostics = 0
        let time = seconds { diagnostics = interpreter.check(text).count }
        precondition(diagnostics == 0, "the generated script must bind cleanly")
        let rate = Double(text.utf8.count) / 1e6 / time
        rates.append((megabytes, time))
        print(String(format: "parse+bind %2d MB: %.3f s  %.1f MB/s", megabytes, time, rate))
    }
    let scaling = (rates[3].1 / 10) / rates[0].1
    print(String(format: "parse+bind scaling 1 MB -> 10 MB: time per MB x%.2f (1.00 = linear)", scaling))
}

do {
    switch CommandLine.arguments.dropFirst().first {
    case "jobqueue": try JobQueueBench.run()
    case "ledger": try LedgerBench.run()
    case "sandbox": try await SandboxBench.run()
    case "sync":
        let sizes = CommandLine.arguments.dropFirst(2).compactMap { Int($0) }
        try SyncBench.run(bulkOrders: sizes.first ?? 100_000, pagedOrders: sizes.dropFirst().first ?? 16_500)
    case "shopify": try ShopifyBench.run()
    default: parseAndBind()
    }
} catch {
    print("benchmark failed: \(error)")
}
