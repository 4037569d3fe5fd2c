#if canImport(Glibc)
import Glibc
#endif

/// A pipe whose write end has already received `text` and been closed, as a script piped
/// into the shell looks; close `readEnd` when done.
func pipeHolding(_ text: String) -> (readEnd: Int32, close: () -> Void) {
    var ends: [Int32] = [0, 0]
    precondition(pipe(&ends) == 0, "pipe() failed")
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
    precondition(written == bytes.count, "test input must fit the pipe buffer")
    close(ends[1])
    let readEnd = ends[0]
    return (readEnd, { close(readEnd) })
}
