import Foundation
import ShopSyncCore
import Testing
@testable import ShsLanguage

/// The token kinds of a text that must lex cleanly, without the final end of input.
func kinds(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [TokenKind] {
    tokens(text, sourceLocation: sourceLocation).map(\.kind)
}

func tokens(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Token] {
    let (tokens, lexer) = Lexer.tokenize(SourceFile(name: "test.shs", text: text))
    #expect(lexer.diagnostics.isEmpty, "\(DiagnosticRenderer.render(lexer.diagnostics))",
            sourceLocation: sourceLocation)
    #expect(tokens.last?.kind == .endOfInput, sourceLocation: sourceLocation)
    return Array(tokens.dropLast())
}

/// The one literal a text lexes to.
func literal(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Value? {
    let all = kinds(text, sourceLocation: sourceLocation)
    #expect(all.count == 1, "tokens: \(all)", sourceLocation: sourceLocation)
    guard case .literal(let value)? = all.first else { return nil }
    return value
}

func decimal(_ text: String) -> Value {
    .decimal(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!)
}

func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    CivilDate(year: year, month: month, day: day)!
}

func time(_ hour: Int, _ minute: Int, _ second: Int = 0) -> TimeOfDay {
    TimeOfDay(hour: hour, minute: minute, second: second)!
}

func word(_ text: String) -> TokenKind { .identifier(text) }
func key(_ keyword: Keyword) -> TokenKind { .keyword(keyword) }
func punct(_ p: Punctuation) -> TokenKind { .punctuation(p) }
func int(_ n: Int64) -> TokenKind { .literal(.int(n)) }
func string(_ s: String) -> TokenKind { .literal(.string(s)) }
