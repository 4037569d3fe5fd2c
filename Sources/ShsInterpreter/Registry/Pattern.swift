/// The shape of a command's phrase, written in the registry as text that doubles as its synopsis:
///
///     shop <name:string> sandbox [seed <seed:int>] [orders <orders:int>]
///     post sales orders [<mode:ship|invoice|both>] [posting date <date:date>]
///     sync products [prices only]
///
/// `word` must appear as written; `<name:type>` is an argument; `[...]` is optional and a run of
/// optional groups may come in any order; `(a | b)` is a choice. An optional group made only of
/// words is a flag named after them (`prices_only`).
public struct Pattern: Sendable, CustomStringConvertible {
    public let elements: [PatternElement]
    public let text: String

    /// Parses the pattern text; a malformed pattern is a programming error in a service.
    public init(_ text: String, slotTypes: [String: SlotType] = SlotType.builtins) {
        var reader = PatternReader(text: text, slotTypes: slotTypes)
        self.elements = reader.readSequence(until: nil)
        precondition(reader.atEnd, "malformed command pattern: \(text)")
        self.text = text
    }

    public var description: String { text }

    /// The literal words before the first argument or option: `sync orders`, `post sales orders`.
    public var leadingWords: [String] {
        var words: [String] = []
        for element in elements {
            guard case .word(let word) = element else { break }
            words.append(word)
        }
        return words
    }
}

public indirect enum PatternElement: Sendable {
    case word(String)
    case slot(name: String, type: SlotType)
    case optional([PatternElement], flag: String?)
    case choice([[PatternElement]])
}

/// Reads the pattern notation; only the registry's own text passes through it.
struct PatternReader {
    let characters: [Character]
    let slotTypes: [String: SlotType]
    var position = 0

    init(text: String, slotTypes: [String: SlotType]) {
        self.characters = Array(text)
        self.slotTypes = slotTypes
    }

    var atEnd: Bool { characters[position...].allSatisfy { $0 == " " } }

    mutating func readSequence(until closers: Set<Character>?) -> [PatternElement] {
        var elements: [PatternElement] = []
        while true {
            while position < characters.count && characters[position] == " " { position += 1 }
            guard position < characters.count else { return elements }
            let c = characters[position]
            if let closers, closers.contains(c) { return elements }
            switch c {
            case "[": elements.append(readOptional())
            case "(": elements.append(readChoice())
            case "<": elements.append(readSlot())
            default: elements.append(.word(readWord()))
            }
        }
    }

    mutating func readOptional() -> PatternElement {
        position += 1
        let inner = readSequence(until: ["]"])
        expect("]")
        let words = inner.compactMap { element -> String? in
            if case .word(let w) = element { return w }
            return nil
        }
        let flag = words.count == inner.count ? words.joined(separator: "_") : nil
        return .optional(inner, flag: flag)
    }

    mutating func readChoice() -> PatternElement {
        position += 1
        var alternatives: [[PatternElement]] = []
        while true {
            alternatives.append(readSequence(until: ["|", ")"]))
            if position < characters.count && characters[position] == "|" {
                position += 1
                continue
            }
            expect(")")
            return .choice(alternatives)
        }
    }

    mutating func readSlot() -> PatternElement {
        position += 1
        var body = ""
        while position < characters.count && characters[position] != ">" {
            body.append(characters[position])
            position += 1
        }
        expect(">")
        let parts = body.split(separator: ":", maxSplits: 1).map(String.init)
        precondition(parts.count == 2, "a pattern slot is <name:type>: <\(body)>")
        let typeName = parts[1]
        if typeName.contains("|") {
            return .slot(name: parts[0], type: .choice(typeName.split(separator: "|").map(String.init)))
        }
        guard let type = slotTypes[typeName] else {
            preconditionFailure("unknown slot type '\(typeName)' in a command pattern")
        }
        return .slot(name: parts[0], type: type)
    }

    mutating func readWord() -> String {
        var word = ""
        while position < characters.count, !" []()<>|".contains(characters[position]) {
            word.append(characters[position])
            position += 1
        }
        precondition(!word.isEmpty, "empty word in a command pattern")
        return word
    }

    mutating func expect(_ c: Character) {
        precondition(position < characters.count && characters[position] == c,
                     "expected '\(c)' in a command pattern")
        position += 1
    }
}
