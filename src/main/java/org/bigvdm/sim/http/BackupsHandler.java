package org.bigvdm.sim.http;

import java.util.List;
import org.bigvdm.sim.state.BackupOperations;

/**
 * A disc's backups ({@code .../discs/{disc}/backups[/{backup}]}) and backup schedules
 * ({@code .../discs/{disc}/backup_schedules[/{id}]}). Deleting a backup needs {@code purge=true},
 * as deleting a disc does: without it the answer is 500 and nothing is deleted. The rules and the
 * timing live in {@link BackupOperations}.
 */
final class BackupsHandler {
    private static final String CANNOT_DELETE = "Backups cannot be deleted, only purged (add purge=true)";

    private final BackupOperations operations;

    BackupsHandler(BackupOperations operations) {
        this.operations = operations;
    }

    /** {@code rest} starts at "backups" or "backup_schedules". */
    SimResponse handle(SimRequest req, long vmId, String disc, List<String> rest) {
        if (rest.size() > 2) {
            return SimResponse.notFound();
        }
        return switch (rest.get(0)) {
            case "backups" -> rest.size() == 1 ? backups(req, vmId, disc) : backup(req, vmId, disc, rest.get(1));
            case "backup_schedules" -> rest.size() == 1 ? schedules(req, vmId, disc)
                    : schedule(req, vmId, disc, rest.get(1));
            default -> SimResponse.notFound();
        };
    }

    private SimResponse backups(SimRequest req, long vmId, String disc) {
        return switch (req.method()) {
            case "GET" -> SimResponse.ok(operations.list(vmId, disc));
            case "POST" -> SimResponse.json(201, operations.take(vmId, disc)); // no body: any sent is ignored
            default -> SimResponse.methodNotAllowed();
        };
    }

    private SimResponse backup(SimRequest req, long vmId, String disc, String backup) {
        return switch (req.method()) {
            case "GET" -> SimResponse.ok(operations.backup(vmId, disc, backup));
            case "PUT", "PATCH" -> SimResponse.ok(operations.restore(vmId, disc, backup, req.jsonObject()));
            case "DELETE" -> {
                operations.backup(vmId, disc, backup); // an unknown backup is a 404, not a 500
                if (!req.flag("purge")) {
                    yield SimResponse.text(500, CANNOT_DELETE);
                }
                operations.delete(vmId, disc, backup);
                yield SimResponse.noContent();
            }
            default -> SimResponse.methodNotAllowed();
        };
    }

    private SimResponse schedules(SimRequest req, long vmId, String disc) {
        if (!req.is("POST")) {
            return SimResponse.methodNotAllowed(); // schedules are read with their disc
        }
        return SimResponse.json(201, operations.addSchedule(vmId, disc, req.jsonObject()));
    }

    private SimResponse schedule(SimRequest req, long vmId, String disc, String id) {
        if (!req.is("DELETE")) {
            return SimResponse.methodNotAllowed(); // schedules cannot be edited: delete and add again
        }
        operations.removeSchedule(vmId, disc, id);
        return SimResponse.noContent();
    }
}
