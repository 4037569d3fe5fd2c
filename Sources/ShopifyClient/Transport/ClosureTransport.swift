/// A transport made of two closures: the in-process way to reach the sandbox (and any other
/// emulator). An adapter for `SandboxEndpoint.perform(method:path:headers:body:)` maps its
/// reply to `TransportResponse` and its lost connection to `.connectionLost`.
public struct ClosureTransport: ShopifyTransport {
    public typealias Send = @Sendable (TransportRequest) -> Result<TransportResponse, TransportFailure>
    /// The lines of a bulk result by URL, or nil when there is no such result.
    public typealias Lines = @Sendable (String) -> [String]?

    private let sendRequest: Send
    private let lines: Lines

    public init(send: @escaping Send, lines: @escaping Lines = { _ in nil }) {
        self.sendRequest = send
        self.lines = lines
    }

    public func send(_ request: TransportRequest) -> Result<TransportResponse, TransportFailure> {
        sendRequest(request)
    }

    public func streamLines(from url: String, timeoutSeconds: Int,
                            _ line: (String) throws -> Bool) throws {
        guard let all = lines(url) else { throw TransportFailure.other("no bulk result at \(url)") }
        for next in all {
            guard try line(next) else { return }
        }
    }
}
