/// The sandbox store's commands: data commands and endpoint (serve, faults) commands.
public enum SandboxCommands {}
