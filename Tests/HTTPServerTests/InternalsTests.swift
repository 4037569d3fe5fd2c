@testable import HTTPServer
import Testing

@Suite("internal helpers")
struct InternalsTests {
    @Test("HTTP dates are formatted as RFC 9110's example, whatever the process locale")
    func httpDate() {
        #expect(HTTPDate.format(secondsSince1970: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.format(secondsSince1970: 0) == "Thu, 01 Jan 1970 00:00:00 GMT")
    }

    @Test("durations from handlers are bounded: negative and NaN become zero, infinity a day")
    func boundedDurations() {
        #expect(Duration.bounded(seconds: -3) == .zero)
        #expect(Duration.bounded(seconds: .nan) == .zero)
        #expect(Duration.bounded(seconds: .infinity) == .seconds(86_400))
        #expect(Duration.bounded(seconds: 0.25) == .milliseconds(250))
    }

    @Test("poll timeouts round up to whole milliseconds")
    func pollMilliseconds() {
        #expect(Duration.microseconds(1).pollMilliseconds == 1)
        #expect(Duration.milliseconds(1500).pollMilliseconds == 1500)
        #expect(Duration.seconds(1e9).pollMilliseconds == Int32.max)
    }

    @Test("chunk sizes are hexadecimal with optional whitespace, and never absurdly large",
          arguments: [("1a", 26), ("FF ", 255), ("0", 0), ("", nil), ("g1", nil), ("-1", nil),
                      ("+1", nil), ("1000000000000000", nil)] as [(String, Int?)])
    func chunkSizes(text: String, expected: Int?) {
        #expect(HTTPSyntax.hexadecimal(Array(text.utf8)) == expected)
    }
}
