import ShsInterpreter

/// Registers the job queue's part of the language: the `schedule` slot type, the `jobs` and
/// `job_log` record kinds, and the commands of the "jobs" help topic.
public enum JobCommands {
    public static func register(in registry: inout CommandRegistry) {
        registry.register(topic: "jobs", summary: "schedules, background jobs, workers and the job log")
        registry.register(slotType: "schedule", .custom(ScheduleSlot()))
        registry.register(entity: JobRecords.entries)
        registry.register(entity: JobRecords.log)
        let commands = [ScheduleCommands.schedule(registry), ScheduleCommands.enqueue(registry),
                        ScheduleCommands.nextRuns(registry), ScheduleCommands.sleep(registry)]
            + EntryCommands.all(registry) + WorkerCommands.all(registry)
        for command in commands { registry.register(command) }
    }
}
