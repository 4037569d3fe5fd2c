import ShopSyncApp
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter
import ShsLanguage
import Synchronization
import Testing

/// Keeps every invocation the test commands receive.
final class Recorder: Sendable {
    private let calls = Mutex<[Invocation]>([])
    func append(_ invocation: Invocation) { calls.withLock { $0.append(invocation) } }
    var last: Invocation? { calls.withLock { $0.last } }
}

/// Reads `every <n> minutes` as a custom argument, like the job queue's schedules.
struct EverySlot: CustomSlot {
    let expectation = "a schedule"
    func read(_ terms: [BindTerm], from start: Int) -> CustomSlotMatch? {
        guard start + 2 < terms.count, terms[start].word == "every",
              case .int(let n)? = terms[start + 1].constant, terms[start + 2].word == "minutes"
        else { return nil }
        let problem = n <= 0 ? (message: "every 0 minutes never runs", range: terms[start + 1].range) : nil
        return CustomSlotMatch(value: .int(n), count: 3, problem: problem)
    }
    func completions(after terms: [BindTerm]) -> [String] { ["every"] }
}

func testRegistry(_ recorder: Recorder) -> CommandRegistry {
    var registry = CommandRegistry()
    LanguageCommands.register(in: &registry)
    registry.register(slotType: "every", .custom(EverySlot()))
    let orders = EntityDescriptor(name: "orders", help: "test orders", fields: [
        FieldDescriptor("name", .string, "order name"),
        FieldDescriptor("total", .decimal, "order total"),
        FieldDescriptor("created_at", .dateTime, "when it was created"),
        FieldDescriptor("fully_paid", .bool, "paid in full"),
    ], keyField: "name")
    registry.register(entity: InMemoryEntitySource(orders) { _ in
        [Record([("name", .string("#1")), ("total", .decimal(10)), ("created_at", .dateTime(Timestamp(seconds: 0))),
                 ("fully_paid", .bool(true))])]
    })
    func record(_ pattern: String, filter: FilterSource = .none, block: BlockUse = .none,
                options: [OptionSpec] = []) {
        registry.register(CommandSpec(registry.pattern(pattern), topic: "test", summary: pattern,
                                      filter: filter, options: options, block: block) { invocation, _ in
            recorder.append(invocation)
            return .none
        })
    }
    record("sync orders", filter: .entity("orders"), options: [
        OptionSpec("dry-run", help: "change nothing"),
        OptionSpec("page-size", value: .value(.int), help: "orders per page"),
    ])
    record("sync products [prices only]")
    record("shop <name:string> sandbox [seed <seed:int>] [orders <orders:int>]")
    record("shop <name:string> url <url:string> token env <variable:string>")
    record("post sales orders [<mode:ship|invoice|both>] [posting date <date:date>]")
    record("plan <name:string> <when:every>", block: .required)
    record("enqueue <statement:statement>")
    return registry
}

@Suite("matching commands against the registry")
struct CommandMatchingTests {
    let recorder = Recorder()
    var harness: ScriptHarness { ScriptHarness(registry: testRegistry(recorder)) }

    func lastCall() -> Invocation? { recorder.last }

    @Test("optional groups may come in any order and absent ones stay absent")
    func optionalGroupsAnyOrder() {
        let run = harness.run(#"shop "demo" sandbox orders 50 seed 42"#)
        #expect(run.status == .success)
        #expect(lastCall()?.arguments["seed"] == .int(42))
        #expect(lastCall()?.arguments["orders"] == .int(50))
        #expect(lastCall()?.string("name") == "demo")
    }

    @Test("the candidate with the matching words wins among commands sharing a first word")
    func chooseCandidate() {
        let run = harness.run(#"shop "acme" url "https://acme.myshopify.com" token env "SHOPIFY_TOKEN""#)
        #expect(run.status == .success)
        #expect(lastCall()?.string("variable") == "SHOPIFY_TOKEN")
    }

    @Test("a word-only optional group is a flag named after its words")
    func flagGroup() {
        harness.run("sync products prices only")
        #expect(lastCall()?.has("prices_only") == true)
        harness.run("sync products")
        #expect(lastCall()?.has("prices_only") == false)
    }

    @Test("a choice argument takes one of its words and nothing else")
    func choiceArgument() {
        let h = harness
        #expect(h.run("post sales orders invoice posting date 2026-12-01").status == .success)
        #expect(lastCall()?.string("mode") == "invoice")
        #expect(lastCall()?.arguments["date"] == .date(CivilDate(year: 2026, month: 12, day: 1)!))
        let bad = h.run("post sales orders deliver")
        #expect(bad.status == .scriptError)
        #expect(bad.messages == ["unexpected 'deliver' in 'post sales orders'; expected 'ship', 'invoice', 'both', 'posting' or end of statement"])
    }

    @Test("a variable may fill a value argument; the binder checks its type")
    func variableArgument() {
        let h = harness
        #expect(h.run(#"let n = 7; shop "x" sandbox seed n"#).status == .success)
        #expect(lastCall()?.arguments["seed"] == .int(7))
        let wrong = h.run(#"let s = "text"; shop "x" sandbox seed s"#)
        #expect(wrong.status == .scriptError)
        #expect(wrong.messages.first?.contains("expected a integer") == true || wrong.messages.first?.contains("integer") == true)
    }

    @Test("a filter is type-checked against the command's record fields and becomes a Filter")
    func filterBinding() {
        let h = harness
        let run = h.run("let since = 2026-11-01\nsync orders where fully_paid and created_at >= since and total > 5")
        #expect(run.status == .success)
        #expect(lastCall()?.filter?.fieldNames == ["fully_paid", "created_at", "total"])
        let typo = h.run(#"sync orders where fuly_paid"#)
        #expect(typo.messages == ["unknown field 'fuly_paid' of orders; did you mean 'fully_paid'?"])
        let mismatch = h.run(#"sync orders where total > "ten""#)
        #expect(mismatch.messages == ["cannot compare decimal with string"])
        let notBool = h.run("sync orders where total")
        #expect(notBool.messages == ["a 'where' filter must be true or false, found decimal"])
    }

    @Test("options are checked by name and value type")
    func options() {
        let h = harness
        #expect(h.run("sync orders --dry-run --page-size=50").status == .success)
        #expect(lastCall()?.has("dry-run") == true)
        #expect(lastCall()?.options["page-size"] == .int(50))
        #expect(h.run("sync orders --dryrun").messages == ["'sync orders' has no option '--dryrun'; did you mean '--dry-run'?"])
        #expect(h.run("sync orders --page-size=many").messages == ["option '--page-size' must be a integer"])
        #expect(h.run("sync orders --dry-run=yes").messages == ["option '--dry-run' takes no value"])
    }

    @Test("a custom argument reads its own phrase and reports problems at their place")
    func customSlot() {
        let h = harness
        let run = h.run("plan \"p\" every 10 minutes do\n  sync orders\nend")
        #expect(run.status == .success)
        #expect(lastCall()?.arguments["when"] == .int(10))
        #expect(lastCall()?.blockSource == "\n  sync orders\n")
        let bad = h.run("plan \"p\" every 0 minutes do\n  sync orders\nend")
        #expect(bad.messages == ["every 0 minutes never runs"])
        #expect(bad.locations == ["1:16"])
    }

    @Test("a stored block is checked without the script's variables")
    func isolatedBlock() {
        let run = harness.run("let x = 1\nplan \"p\" every 5 minutes do\n  print x\nend")
        #expect(run.status == .scriptError)
        #expect(run.messages == ["unknown name 'x'"])
    }

    @Test("a required block must be there, and a command without one takes none")
    func blockUse() {
        let h = harness
        #expect(h.run(#"plan "p" every 5 minutes"#).messages == ["'plan' needs a 'do ... end' block"])
        #expect(h.run("sync orders do\nprint 1\nend").messages == ["'sync orders' takes no 'do ... end' block"])
    }

    @Test("a statement argument binds the rest as a command of its own, with its clauses")
    func nestedStatement() {
        let run = harness.run("enqueue sync orders where fully_paid --dry-run")
        #expect(run.status == .success)
        let nested = lastCall()?.nested
        #expect(nested?.source == "sync orders where fully_paid --dry-run")
        #expect(nested?.command.spec.name == "sync orders")
        let bad = harness.run("enqueue sync orders where nope")
        #expect(bad.messages == ["unknown field 'nope' of orders"])
    }

    @Test("a missing argument names what was expected at the end of the statement")
    func missingArgument() {
        let run = harness.run("shop \"x\" sandbox seed")
        #expect(run.messages == ["'shop sandbox seed' is incomplete; expected a integer"])
    }
}
