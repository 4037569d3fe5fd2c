import Sandbox
import ShsInterpreter

/// Where `sandbox serve` gets the engine it serves: registered in the session's services at
/// start-up by whoever owns the sandbox store, so the endpoint commands do not depend on it.
public struct SandboxEngineSource: Sendable {
    private let make: @Sendable (ExecutionContext) throws -> any SandboxEngine

    /// A source calling `make` each time a server starts; it may throw `CommandError`.
    public init(_ make: @escaping @Sendable (ExecutionContext) throws -> any SandboxEngine) {
        self.make = make
    }

    /// The engine for a server started from `context`.
    public func engine(for context: ExecutionContext) throws -> any SandboxEngine {
        try make(context)
    }
}

extension ExecutionContext {
    /// The session's fault plan, shared by `sandbox faults`, every server the session starts
    /// and the in-process sandbox the Shopify client reaches; created on first use. Other
    /// processes hear of changes through the `FaultChannel`.
    public var sandboxFaults: FaultPlan {
        if let plan = services.get(FaultPlan.self) { return plan }
        let plan = FaultPlan()
        services.register(plan)
        return plan
    }
}
