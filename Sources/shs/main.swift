#if canImport(Glibc)
import Glibc
#endif
import ShopSyncApp

// The executable only hands the command line over and turns the result into the exit status.
exit(Launcher.main(Array(CommandLine.arguments.dropFirst())))
