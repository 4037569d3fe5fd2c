/// The result of asking a line source for one line.
public enum LineRead: Sendable, Equatable {
    /// A line without its line terminator. A history recall may hold embedded `\n`s.
    case line(String)
    /// No more input: end of file, a closed pipe, or Ctrl-D on an empty line.
    case endOfInput
    /// Ctrl-C while reading; whatever was typed is gone.
    case interrupted
}

/// Where the shell's lines come from: the terminal, a pipe, a file, or a test script.
public protocol LineSource: AnyObject {
    /// Reads the next line, showing `prompt` first when the source is interactive.
    func readLine(prompt: String) -> LineRead
}

/// Receives every whole statement the shell decided to remember.
public protocol ShellHistory: AnyObject {
    /// Remembers one statement; a multi-line statement arrives joined by `\n`.
    func record(_ statement: String)
}
