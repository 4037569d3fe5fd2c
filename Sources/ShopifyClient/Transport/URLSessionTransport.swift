import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// HTTP through URLSession (libcurl on Linux), for real stores and `shs sandbox serve`.
///
/// `send` waits on a semaphore for the completion handler, which URLSession runs on its own
/// delegate queue; so it must be called from a plain thread, never inside a Task.
public final class URLSessionTransport: ShopifyTransport {
    public let baseURL: String
    private let session: URLSession

    /// `baseURL` like `https://acme.myshopify.com` or `http://127.0.0.1:8080`.
    public init(baseURL: String) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 2
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    public func send(_ request: TransportRequest) -> Result<TransportResponse, TransportFailure> {
        guard let url = URL(string: baseURL + request.path) else {
            return .failure(.unreachable("bad URL \(baseURL)\(request.path)"))
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = TimeInterval(request.timeoutSeconds)
        for header in request.headers { urlRequest.setValue(header.value, forHTTPHeaderField: header.name) }
        urlRequest.httpBody = request.body.isEmpty ? nil : Data(request.body)
        return perform(urlRequest, timeout: request.timeoutSeconds)
    }

    func perform(_ request: URLRequest, timeout: Int) -> Result<TransportResponse, TransportFailure> {
        let outcome = Mutex<Result<TransportResponse, TransportFailure>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            let result = URLSessionTransport.result(data, response, error, timeout: timeout)
            outcome.withLock { $0 = result }
            done.signal()
        }
        task.resume()
        done.wait()
        return outcome.withLock { $0 } ?? .failure(.other("no result from URLSession"))
    }

    static func result(_ data: Data?, _ response: URLResponse?, _ error: (any Error)?,
                       timeout: Int) -> Result<TransportResponse, TransportFailure> {
        if let error { return .failure(failure(error, timeout: timeout)) }
        guard let http = response as? HTTPURLResponse else {
            return .failure(.connectionLost("no HTTP response"))
        }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            headers[String(describing: key).lowercased()] = String(describing: value)
        }
        return .success(TransportResponse(status: http.statusCode, headers: headers,
                                          body: [UInt8](data ?? Data())))
    }

    /// Maps URLSession's error codes to what the client must know: sent or not, and why.
    static func failure(_ error: any Error, timeout: Int) -> TransportFailure {
        guard let urlError = error as? URLError else { return .other(String(describing: error)) }
        switch urlError.code {
        case .timedOut: return .timedOut(seconds: timeout)
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            return .unreachable("URLError \(urlError.code.rawValue)")
        case .networkConnectionLost, .badServerResponse, .cannotParseResponse,
             .zeroByteResource, .cannotDecodeRawData:
            return .connectionLost("URLError \(urlError.code.rawValue)")
        default: return .other("URLError \(urlError.code.rawValue)")
        }
    }

    public func streamLines(from url: String, timeoutSeconds: Int,
                            _ line: (String) throws -> Bool) throws {
        let file = try download(url, timeout: timeoutSeconds)
        defer { try? FileManager.default.removeItem(at: file) }
        let reader = try LineReader(path: file.path)
        while let next = try reader.nextLine() {
            guard try line(next) else { return }
        }
    }

    /// Downloads to a temporary file, so a large result never sits in memory.
    func download(_ address: String, timeout: Int) throws(TransportFailure) -> URL {
        guard let url = URL(string: address) else { throw .unreachable("bad URL \(address)") }
        var request = URLRequest(url: url)
        request.timeoutInterval = TimeInterval(max(1, timeout))
        let outcome = Mutex<Result<URL, TransportFailure>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let task = session.downloadTask(with: request) { location, response, error in
            outcome.withLock { $0 = URLSessionTransport.keep(location, response, error, timeout) }
            done.signal()
        }
        task.resume()
        done.wait()
        switch outcome.withLock({ $0 }) {
        case .success(let url): return url
        case .failure(let failure): throw failure
        case nil: throw .other("no result from URLSession")
        }
    }

    /// Moves the downloaded file out of URLSession's hands before the handler returns.
    static func keep(_ location: URL?, _ response: URLResponse?, _ error: (any Error)?,
                     _ timeout: Int) -> Result<URL, TransportFailure> {
        if let error { return .failure(failure(error, timeout: timeout)) }
        guard let location, let http = response as? HTTPURLResponse else {
            return .failure(.connectionLost("no file"))
        }
        guard http.statusCode == 200 else { return .failure(.other("HTTP \(http.statusCode) for bulk result")) }
        let kept = FileManager.default.temporaryDirectory
            .appendingPathComponent("shopify-bulk-\(UUID().uuidString).jsonl")
        do {
            try FileManager.default.moveItem(at: location, to: kept)
        } catch {
            return .failure(.other("cannot keep the downloaded file: \(error)"))
        }
        return .success(kept)
    }
}
