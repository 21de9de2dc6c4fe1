package org.bigvdm.sim.http;

import java.util.List;
import java.util.stream.Collectors;
import org.bigvdm.api.model.Disc;
import org.bigvdm.sim.state.DiscOperations;
import org.bigvdm.sim.state.SimState;

/**
 * Discs, nested under a server ({@code .../discs[/{disc}]}) and non-nested ({@code /discs},
 * {@code /discs?vm_id=}, {@code /discs/{id}}). A DELETE without {@code purge=true} answers 500,
 * as the real service does: it cannot delete a disc, only purge it. A disc's backups and
 * schedules go on to {@link BackupsHandler}.
 */
final class DiscsHandler {
    private static final String CANNOT_DELETE = "Discs cannot be deleted, only purged (add purge=true)";

    private final SimState state;
    private final DiscOperations operations;
    private final BackupsHandler backups;

    DiscsHandler(SimState state) {
        this.state = state;
        this.operations = state.discOperations();
        this.backups = new BackupsHandler(state.backupOperations());
    }

    /** {@code .../virtual_machines/{vm}/discs} and below; {@code rest} follows "discs". */
    SimResponse handle(SimRequest req, long vmId, List<String> rest) {
        if (rest.isEmpty()) {
            return switch (req.method()) {
                case "GET" -> SimResponse.ok(state.discsOf(vmId));
                case "POST" -> SimResponse.json(201, operations.create(vmId, req.jsonObject()));
                default -> SimResponse.methodNotAllowed();
            };
        }
        if (rest.size() > 1) {
            return backups.handle(req, vmId, rest.get(0), rest.subList(1, rest.size()));
        }
        String ref = rest.get(0);
        return switch (req.method()) {
            case "GET" -> SimResponse.ok(state.disc(vmId, ref));
            case "PUT", "PATCH" -> SimResponse.ok(operations.update(vmId, ref, req.jsonObject()));
            case "DELETE" -> {
                state.disc(vmId, ref); // an unknown disc is a 404, not a 500
                if (!req.flag("purge")) {
                    yield SimResponse.text(500, CANNOT_DELETE);
                }
                operations.purge(vmId, ref);
                yield SimResponse.noContent();
            }
            default -> SimResponse.methodNotAllowed();
        };
    }

    /** {@code /discs[/{id}]}. */
    SimResponse handleFlat(SimRequest req) {
        List<String> s = req.segments();
        if (s.size() == 1) {
            if (!req.is("GET")) {
                return SimResponse.methodNotAllowed();
            }
            String vmId = req.query().get("vm_id");
            if (vmId == null) {
                return SimResponse.ok(state.allDiscs());
            }
            if (!vmId.matches("\\d{1,18}")) {
                return SimResponse.ok(List.of());
            }
            long id = Long.parseLong(vmId);
            return SimResponse.ok(state.allDiscs().stream()
                    .filter(d -> d.virtualMachineId() != null && d.virtualMachineId() == id)
                    .collect(Collectors.toList()));
        }
        if (s.size() != 2 || !s.get(1).matches("\\d{1,18}")) {
            return SimResponse.notFound();
        }
        long discId = Long.parseLong(s.get(1));
        return switch (req.method()) {
            case "GET" -> SimResponse.ok(state.discById(discId));
            case "PUT", "PATCH" -> SimResponse.ok(operations.updateById(discId, req.jsonObject()));
            case "DELETE" -> {
                Disc disc = state.discById(discId);
                if (!req.flag("purge")) {
                    yield SimResponse.text(500, CANNOT_DELETE);
                }
                operations.purgeById(disc.id());
                yield SimResponse.noContent();
            }
            default -> SimResponse.methodNotAllowed();
        };
    }
}
