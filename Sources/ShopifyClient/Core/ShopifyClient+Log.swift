import GraphQL
import Ledger
import ShopSyncCore

extension ShopifyClient {
    /// Bodies longer than this are cut in the request log.
    static let maxLoggedBody = 65_536

    /// Writes one exchange to the request log as the logging mode says, bodies redacted.
    func log(_ exchange: Exchange, started: Timestamp, status: Int, response: TransportResponse?,
             failure: TransportFailure?, parsed: GraphQLResponse? = nil) {
        guard let requestLog, configuration.loggingMode != .off else { return }
        let isError = failure != nil || status != 200 || !(parsed?.errors.isEmpty ?? false)
            || parsed == nil || ShopifyClient.hasUserErrors(parsed?.data)
        guard isError || configuration.loggingMode == .all else { return }
        let responseText = failure?.description ?? String(decoding: response?.body ?? [], as: UTF8.self)
        let entry = RequestLogEntry(
            shop: configuration.shop, at: started.milliseconds, operation: exchange.document.name,
            costRequested: parsed?.cost?.requested, costActual: parsed?.cost?.actual, httpStatus: status,
            requestID: parsed?.requestID ?? response?.header("X-Request-Id") ?? "",
            retries: exchange.sends - 1, isError: isError,
            durationMilliseconds: clock.now().milliseconds - started.milliseconds,
            requestBody: loggable(String(decoding: exchange.body, as: UTF8.self)),
            responseBody: loggable(responseText))
        requestLog.record(entry)
    }

    func loggable(_ text: String) -> String {
        let redacted = redactor.redact(text)
        guard redacted.utf8.count > ShopifyClient.maxLoggedBody else { return redacted }
        return String(decoding: redacted.utf8.prefix(ShopifyClient.maxLoggedBody), as: UTF8.self) + "…"
    }

    /// Whether any mutation payload in `data` carries a non-empty `userErrors`-like list.
    static func hasUserErrors(_ data: JSON?) -> Bool {
        guard let payloads = data?.objectValue else { return false }
        return payloads.contains { member in
            guard let fields = member.value.objectValue else { return false }
            return fields.contains { field in
                field.key.hasSuffix("serErrors") && !(field.value.arrayValue?.isEmpty ?? true)
            }
        }
    }
}
