import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GraphQL
import ShopSyncCore

/// Measures the sandbox over HTTP the way the connector uses it: sequential POSTs of one small
/// query on one keep-alive connection (URLSession), with no faults.
public enum EndpointBenchmark {
    /// What a run measured.
    public struct Result: Sendable, CustomStringConvertible {
        public let requests: Int
        public let seconds: Double
        /// Requests that did not come back as HTTP 200.
        public let failures: Int

        public var requestsPerSecond: Double { seconds > 0 ? Double(requests) / seconds : 0 }

        public var description: String {
            let rate = Int(requestsPerSecond.rounded())
            return "sandbox over HTTP keep-alive: \(requests) requests in "
                + String(format: "%.2f", seconds) + " s = \(rate) req/s, \(failures) failures"
        }
    }

    /// Serves `engine` on a free port and sends `requests` POSTs of `query` (after a few
    /// warm-up requests), on a plan large enough never to throttle.
    public static func run(engine: any SandboxEngine, query: String = "{ shop { name } }",
                           requests: Int = 2000) async throws -> Result {
        let token = "shpat_benchmark"
        let endpoint = SandboxEndpoint(engine: engine, accessToken: token, plan: .enterprise,
                                       clock: SystemClock())
        let server = SandboxServer(endpoint: endpoint)
        let port = try server.start()
        defer { server.stop() }
        let session = URLSession(configuration: .ephemeral)
        let request = graphQLRequest(port: port, token: token, query: query)
        for _ in 0..<10 { _ = try await session.data(for: request) }
        let start = ContinuousClock.now
        var failures = 0
        for _ in 0..<requests {
            let (_, response) = try await session.data(for: request)
            if (response as? HTTPURLResponse)?.statusCode != 200 { failures += 1 }
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds)
            + Double(elapsed.components.attoseconds) / 1e18
        return Result(requests: requests, seconds: seconds, failures: failures)
    }

    static func graphQLRequest(port: UInt16, token: String, query: String) -> URLRequest {
        let url = URL(string: "http://127.0.0.1:\(port)/admin/api/2026-10/graphql.json")!
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(token, forHTTPHeaderField: "X-Shopify-Access-Token")
        request.httpBody = Data(JSON.object(["query": .string(query)]).serialized().utf8)
        return request
    }
}
