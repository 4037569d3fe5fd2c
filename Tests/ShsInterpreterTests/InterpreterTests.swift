import ShopSyncApp
import ShopSyncCore
import ShopSyncTesting
import ShsInterpreter
import ShsLanguage
import Testing

@Suite("the embedded interpreter")
struct InterpreterTests {
    @Test("results come back as values, and variables persist between runs")
    func resultsAndVariables() {
        let harness = ScriptHarness()
        harness.run("let total = 2")
        let run = harness.run("print total * 21")
        #expect(run.results == [.int(42)])
        #expect(harness.interpreter.variables["total"] == .int(2))
    }

    @Test("a script with any bind error runs no statement, even those before it")
    func nothingRunsOnBindError() {
        let harness = ScriptHarness()
        let run = harness.run("print \"first\"\nlet x = nope")
        #expect(run.status == .scriptError)
        #expect(run.results.isEmpty)
        #expect(run.messages == ["unknown name 'nope'"])
    }

    @Test("several bind errors of one script are all reported, in order")
    func severalErrors() {
        let run = ScriptHarness().run("print a\nprint 1\nprint b + 1")
        #expect(run.locations == ["1:7", "3:7"])
    }

    @Test("now and today come from the injected clock")
    func injectedClock() {
        let harness = ScriptHarness()
        #expect(harness.run("print today").results == [.date(CivilDate(year: 2026, month: 12, day: 1)!)])
        harness.clock.advance(by: .days(1))
        #expect(harness.run("print today - 1d = 2026-12-01").results == [.bool(true)])
        #expect(harness.run("print now").results == [.dateTime(ScriptHarness.defaultStart.adding(.days(1)))])
    }

    @Test("decimals stay exact through arithmetic")
    func exactDecimals() {
        let run = ScriptHarness().run("print 0.1 + 0.2 = 0.3, 19.99 * 3, 10 / 4")
        #expect(run.standardOutput == "true 59.97 2.5\n")
    }

    @Test("integer overflow and division by zero are runtime errors at their place")
    func arithmeticErrors() {
        let overflow = ScriptHarness().run("print 9223372036854775807 + 1")
        #expect(overflow.status == .runtimeError)
        #expect(overflow.messages == ["integer overflow in '+'"])
        let zero = ScriptHarness().run("let z = 0\nprint 1 / z")
        #expect(zero.messages == ["division by zero"])
        #expect(zero.locations == ["2:7"])
    }

    @Test("adding hours to a date is refused with a hint")
    func dateArithmetic() {
        let run = ScriptHarness().run("let d = today\nprint d + 2h")
        #expect(run.messages == ["cannot add 2h to a date; use a date-time instead (e.g. 'now - 2h')"])
    }

    @Test("continue-on-error runs the rest and still reports failure")
    func continueOnError() {
        let harness = ScriptHarness()
        harness.interpreter.continueOnError = true
        let run = harness.run("print 1\nassert false \"one\"\nprint 2\nassert false \"two\"")
        #expect(run.status == .runtimeError)
        #expect(run.results == [.int(1), .int(2)])
        #expect(run.messages == ["assertion failed: one", "assertion failed: two"])
    }

    @Test("a run cancelled while a command works stops before its next statement")
    func cancellation() {
        var registry = ShopSyncRegistry.make()
        registry.register(CommandSpec(registry.pattern("halt"), topic: "test", summary: "cancel",
                                      examples: ["halt"]) { _, context in
            context.cancellation.cancel()
            return .none
        })
        let harness = ScriptHarness(registry: registry)
        let run = harness.run("print 1\nhalt\nprint 2")
        #expect(run.results == [.int(1)])
        #expect(run.messages == ["cancelled"])
        #expect(run.locations == ["3:1"])
        // The next run starts with a fresh token.
        #expect(harness.run("print 3").results == [.int(3)])
    }

    @Test("quit and exit end the run with an exit status")
    func quitAndExit() {
        #expect(ScriptHarness().run("quit\nprint 1").status == .exit(0))
        #expect(ScriptHarness().run("exit 9").status == .exit(9))
        #expect(ScriptHarness().run("exit 300").messages == ["an exit code is a whole number from 0 to 255"])
    }

    @Test("the format setting changes how results render")
    func formats() {
        let harness = ScriptHarness()
        let json = harness.run("set format = json\nprint {a: 1.50, b: [true, empty]}")
        #expect(json.standardOutput == "{\"a\":1.5,\"b\":[true,null]}\n")
        let csv = harness.run("set format = csv\nlist commands where name = \"count\"")
        #expect(csv.standardOutput.hasPrefix("name,topic,synopsis,summary\r\ncount,data,"))
        let table = harness.run("set format = table\nlist commands where name = \"list\"")
        #expect(table.standardOutput.hasPrefix("name  topic  synopsis"))
    }

    @Test("in json format messages go to the error stream, keeping output pure")
    func jsonKeepsMessagesApart() {
        let run = ScriptHarness(format: .json).run("help list")
        #expect(run.standardOutput.hasPrefix("{\"command\":\"list\""))
        #expect(run.standardError == "")
        let text = ScriptHarness(format: .plain).run("help list")
        #expect(text.standardOutput.hasPrefix("list <kind:entity>"))
    }

    @Test("every example in every command's help parses and binds")
    func helpExamplesBind() {
        let registry = ShopSyncRegistry.make()
        for spec in registry.commands {
            #expect(!spec.examples.isEmpty, "\(spec.name) has no example")
            for example in spec.examples {
                let harness = ScriptHarness(registry: registry)
                #expect(harness.interpreter.check(example).isEmpty, "\(spec.name): \(example)")
            }
        }
    }

    @Test("help answers for every topic, command and record kind, and suggests on a typo")
    func helpPages() {
        let harness = ScriptHarness()
        for subject in ["", "language", "data", "values", "expressions", "filters", "list", "commands"] {
            #expect(harness.run("help \(subject)").status == .success, "help \(subject)")
        }
        let typo = harness.run("help lsit")
        #expect(typo.messages == ["no help for 'lsit'; did you mean 'list'?"])
    }

    @Test("show variables lists names, types and values as literals")
    func showVariables() {
        let harness = ScriptHarness()
        harness.run("let name = \"x\"\nlet n = 2")
        let run = harness.run("show variables")
        #expect(run.standardOutput.contains("name\tstring\t\"x\""))
        #expect(run.standardOutput.contains("n\tinteger\t2"))
    }
}

@Suite("secrets in statements")
struct SecretTests {
    @Test("a token literal is a secret; a token's environment variable name is not")
    func detection() {
        #expect(SecretDetector.carriesSecret(#"shop "x" url "https://x" token "abc123secret""#))
        #expect(SecretDetector.carriesSecret(#"let t = "shpat_0123456789abcdef""#))
        #expect(!SecretDetector.carriesSecret(#"shop "x" url "https://x" token env "SHOPIFY_TOKEN""#))
        #expect(!SecretDetector.carriesSecret("print 1 + 2"))
        #expect(SecretDetector.carriesSecret("print shpat_0123456789abcdef"))
    }

    @Test("a token is shown as its kind and last four characters at most")
    func redaction() {
        #expect(SecretDetector.redact("shpat_0123456789abcdef") == "shpat_…cdef")
    }
}

@Suite("the shs command line options")
struct LaunchOptionsTests {
    func parse(_ args: [String]) -> LaunchOptions? { try? LaunchOptions.parse(args).get() }

    @Test("run takes a file and the rest as the script's arguments, options anywhere")
    func runMode() {
        let options = parse(["--format", "json", "run", "x.shs", "a", "--b"])
        #expect(options?.mode == .script(path: "x.shs"))
        #expect(options?.arguments == ["a", "--b"])
        #expect(options?.format == "json")
    }

    @Test("-c takes text; options may follow it")
    func commandMode() {
        let options = parse(["-c", "help", "--format", "json"])
        #expect(options?.mode == .command("help"))
        #expect(options?.format == "json")
        #expect(parse(["--db=/tmp/x.db"])?.databasePath == "/tmp/x.db")
    }

    @Test("usage errors say what is wrong")
    func usageErrors() {
        #expect(LaunchOptions.parse(["--nope"]) == .failure(UsageError("unknown option '--nope'")))
        #expect(LaunchOptions.parse(["-c"]) == .failure(UsageError("-c needs a value")))
        #expect(LaunchOptions.parse(["walk"]) == .failure(UsageError("unknown command 'walk'")))
        #expect(LaunchOptions.parse(["--format", "xml"])
            == .failure(UsageError("--format must be table, plain, json or csv")))
    }

    @Test("shs sandbox serve options become the sandbox serve statement; a bad one is a usage error")
    func sandboxServe() {
        let options = parse(["--db", "x.db", "sandbox", "serve", "--port", "8080", "--plan=plus"])
        #expect(options?.mode == .command("sandbox serve port 8080 plan plus"))
        #expect(options?.databasePath == "x.db")
        #expect(LaunchOptions.parse(["sandbox", "serve", "--port", "http"])
            == .failure(UsageError("--port takes 0 to 65535")))
        #expect(LaunchOptions.parse(["sandbox", "seed"])
            == .failure(UsageError("'sandbox' on the command line only takes 'serve'")))
    }
}
