import Testing
@testable import ShsLanguage

/// Pieces of the language, valid and broken, that token soup is made of.
private let vocabulary: [String] = Keyword.allCases.map(\.rawValue)
    + Punctuation.allCases.map(\.rawValue) + [
        "0", "42", "-7", "12.50", "9223372036854775808", "2026-12-01", "2026-02-30",
        "2026-12-01T10:30Z", "2026-12-01T10:30:15+02:00", "2026-12-01T10:", "06:00", "25:00",
        "1h30m", "250ms", "5y", "\"s\"", "\"", "\"\"\"", "\"\\u{1F600}\"", "\"\\q\"", "--dry-run",
        "--format=json", "--x=\"a b\"", "orders", "sync", "order", "by", "desc", "asc", "count",
        "items", "schedule", "x", "\\", "# note", "\n", "@", "é", "asc(", "o.total", "[0]",
    ]

private let separators = [" ", " ", " ", "", "\n", " \\\n", "\t"]

@Suite("Robustness: any input parses, returns, and yields well-formed diagnostics")
struct RobustnessTests {
    @Test("every corpus script parses without diagnostics")
    func corpusIsValid() {
        for script in Corpus.all {
            let result = Parser.parse(SourceFile(name: "corpus.shs", text: script))
            #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer.render(result.diagnostics))")
            #expect(!result.isIncomplete)
            #expect(Invariants.violation(in: script) == nil)
        }
    }

    @Test("random bytes, invalid UTF-8 and NULs included (21,000 inputs per chunk)",
          arguments: 0..<2)
    func randomBytes(chunk: Int) {
        var run = FuzzRun()
        for index in 0..<21_000 {
            let seed = UInt64(chunk * 1_000_000 + index)
            var random = SplitMix64(seed: seed)
            let bytes = (0..<random.below(32)).map { _ in randomByte(&random) }
            run.check(String(decoding: bytes, as: UTF8.self), seed: seed, label: "bytes")
        }
        expectClean(run, count: 21_000)
    }

    @Test("token soup: random sequences of valid and broken tokens (23,000 per chunk)",
          arguments: 0..<2)
    func tokenSoup(chunk: Int) {
        var run = FuzzRun()
        for index in 0..<23_000 {
            let seed = UInt64(2_000_000 + chunk * 1_000_000 + index)
            var random = SplitMix64(seed: seed)
            var text = ""
            for _ in 0..<(1 + random.below(16)) {
                text += random.pick(vocabulary) + random.pick(separators)
            }
            run.check(text, seed: seed, label: "soup")
        }
        expectClean(run, count: 23_000)
    }

    @Test("every prefix and every suffix of every corpus script")
    func truncations() {
        var run = FuzzRun()
        for (number, script) in Corpus.all.enumerated() {
            let bytes = Array(script.utf8)
            for cut in 0...bytes.count {
                let seed = UInt64(number * 100_000 + cut)
                run.check(String(decoding: bytes[..<cut], as: UTF8.self), seed: seed, label: "prefix")
                run.check(String(decoding: bytes[cut...], as: UTF8.self), seed: seed, label: "suffix")
            }
        }
        expectClean(run, count: 2 * Corpus.all.reduce(0) { $0 + $1.utf8.count + 1 })
    }

    @Test("corpus scripts with bytes deleted, duplicated, swapped or tokens inserted (4,500 each)",
          arguments: 0..<2)
    func mutations(chunk: Int) {
        var run = FuzzRun()
        for index in 0..<4_500 {
            let seed = UInt64(5_000_000 + chunk * 1_000_000 + index)
            var random = SplitMix64(seed: seed)
            var bytes = Array(random.pick(Corpus.all).utf8)
            for _ in 0..<(1 + random.below(3)) { mutate(&bytes, &random) }
            run.check(String(decoding: bytes, as: UTF8.self), seed: seed, label: "mutation")
        }
        expectClean(run, count: 4_500)
    }
}

/// Mostly the bytes the lexer cares about, some high bytes and NULs.
private func randomByte(_ random: inout SplitMix64) -> UInt8 {
    let special = Array("\"\\#-.:;,()[]{}=<>!\n0123456789 tdTZ".utf8)
    switch random.below(10) {
    case 0..<4: return UInt8(0x20 + random.below(0x5F))
    case 4..<7: return random.pick(special)
    case 7: return 0
    case 8: return UInt8(0x80 + random.below(0x80))
    default: return UInt8(random.below(256))
    }
}

private func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
    guard !bytes.isEmpty else { return }
    let at = random.below(bytes.count)
    switch random.below(4) {
    case 0: bytes.remove(at: at)
    case 1: bytes.insert(bytes[at], at: at)
    case 2: bytes.swapAt(at, min(at + 1, bytes.count - 1))
    default: bytes.insert(contentsOf: Array(random.pick(vocabulary).utf8), at: at)
    }
}

private func expectClean(_ run: FuzzRun, count: Int,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(run.checked == count, sourceLocation: sourceLocation)
    #expect(run.failures.isEmpty, "\(run.failures.joined(separator: "\n\n"))",
            sourceLocation: sourceLocation)
}
