import Testing
@testable import GraphQL

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Random edits of valid documents: deletions, insertions of GraphQL punctuation,
/// duplicated slices and truncations.
struct Mutator {
    var random: SplitMix64
    let alphabet = Array("{}()[]:$@!.=|&\"\\#, \n\tazAZ_019-éon\u{FEFF}\"\"\"...")

    mutating func mutate(_ source: String) -> String {
        var characters = Array(source)
        for _ in 0..<Int.random(in: 1...4, using: &random) where !characters.isEmpty {
            let index = Int.random(in: 0..<characters.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0:
                let end = min(characters.count, index + Int.random(in: 1...6, using: &random))
                characters.removeSubrange(index..<end)
            case 1:
                characters.insert(alphabet.randomElement(using: &random) ?? " ", at: index)
            case 2:
                let end = min(characters.count, index + Int.random(in: 1...12, using: &random))
                characters.insert(contentsOf: characters[index..<end], at: index)
            default:
                characters.removeSubrange(index...)
            }
        }
        return String(characters)
    }
}

@Suite("no input crashes or hangs the parsers")
struct RobustnessTests {
    static let seeds = [
        #"""
        query Q($id: ID!, $n: Int = 5) {
          product(id: $id) { id title variants(first: $n) { nodes { id sku } } }
        }
        """#,
        #"""
        mutation M {
          productUpdate(input: {id: "1", tags: ["a", "b"], status: ACTIVE}) @idempotent(key: "k") {
            product { ...F } userErrors { field message }
          }
        }
        fragment F on Product { id }
        """#,
        #"""
        { search(term: """block "quoted" """) {
            ... on Product { title } ... on Collection { handle } __typename } }
        """#,
    ]

    @Test("three thousand mutated documents each parse or fail with a located PARSE_ERROR")
    func mutatedDocuments() {
        var mutator = Mutator(random: SplitMix64(state: 2026))
        var failures = 0
        var successes = 0
        for round in 0..<3_000 {
            let source = mutator.mutate(Self.seeds[round % Self.seeds.count])
            switch Parser.parseDocument(source) {
            case .success(let document):
                successes += 1
                _ = validate(document, against: MiniSchema.schema, variables: [:])
            case .failure(let error):
                failures += 1
                let lines = source.split(separator: "\n", omittingEmptySubsequences: false).count
                #expect(error.code == "PARSE_ERROR")
                #expect(error.locations.allSatisfy { $0.line >= 1 && $0.line <= lines + 1 })
            }
        }
        #expect(failures > 1_000)
        #expect(successes > 100)
    }

    @Test("a thousand mutated schema documents parse or fail cleanly")
    func mutatedSchemas() {
        var mutator = Mutator(random: SplitMix64(state: 7))
        var failures = 0
        for _ in 0..<1_000 {
            if case .failure(let error) = Parser.parseSchema(mutator.mutate(MiniSchema.sdl)) {
                failures += 1
                #expect(error.code == "PARSE_ERROR")
            }
        }
        #expect(failures > 300)
    }
}
