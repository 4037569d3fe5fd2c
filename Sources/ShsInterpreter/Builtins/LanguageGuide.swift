/// The language's own help text: statements, values, expressions and filters. It follows
/// grammar.md; a test checks that every example in it binds.
enum LanguageGuide {
    static let overview = """
    Statements end at a line break or ';'. '#' starts a comment. A line ending in '\\', an \
    operator or ',' goes on to the next line.
      let name = expression              set a variable (an enclosing block's, if it has one)
      if condition then ... [else ...] end
      for x in list-or-records do ... end
      print value [, value ...]          show values
      assert condition ["message"]       stop with an error when false (scripts as tests)
      exit [code]                        stop the script with an exit code (0 to 255)
      include "other.shs"                run another file, relative to this one
      <command> [where filter] [order by field [desc]] [limit n] [--option] [do ... end]
    Values: "text", 42, 12.50 (exact), true, false, 2026-12-01, 2026-12-01T10:30Z, 06:00, \
    90s 15m 2h 7d, [1, 2], {name: "x"}, empty.
    'help values', 'help expressions' and 'help filters' say more.
    """

    static let sections: [String: String] = [
        "values": """
        Values and their literals:
          string     "text" with \\n \\t \\" \\\\ \\u{1F600}; \"\"\"...\"\"\" spans lines
          integer    42, -7
          decimal    12.50 (exact: money is never rounded by binary floating point)
          bool       true, false
          date       2026-12-01
          date-time  2026-12-01T10:30Z, 2026-12-01T10:30:00+02:00 (UTC when no offset)
          time       06:00, 22:30:15
          duration   250ms 90s 15m 2h 7d 1w 1h30m
          list       [1, 2, 3]      record   {name: "x", qty: 2}      empty   (no value)
        """,
        "expressions": """
        Operators, from loosest to tightest:
          or | and | not | = != < <= > >= in between like 'is empty' | + - | * / % | unary -
        Arithmetic works on numbers (7 / 2 is 3.5), dates and durations (today - 7d),
        date-times (now - 2h), and text (+ joins strings).
        x in (1, 2, 3)   x not in xs   x between 1 and 5   name like "*shirt*"   x is not empty
        Functions: now, today, env("NAME"), count(x), upper, lower, trim, string, int,
        decimal, round(x, places). 'now' and 'today' need no parentheses.
        Records: o.name, xs[0].
        """,
        "filters": """
        A filter follows 'where' and is checked against the fields of the records the command
        works on, before anything runs: an unknown field or a wrong type is an error.
          list commands where topic = "data" and name like "l*"
        Inside a filter a name is a field first, then a variable. 'like' uses * and ? and
        ignores the case of ASCII letters. 'help <kind>' lists a kind's fields.
        """,
    ]

    static var subjects: [String] { Array(sections.keys) + ["let", "if", "for", "where"] }

    static func section(_ subject: String) -> String? {
        switch subject {
        case "let", "if", "for", "print", "assert", "exit", "include", "statements": return overview
        case "where", "filter": return sections["filters"]
        case "literals": return sections["values"]
        default: return sections[subject]
        }
    }
}
