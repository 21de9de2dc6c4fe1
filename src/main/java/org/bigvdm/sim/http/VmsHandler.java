package org.bigvdm.sim.http;

import java.util.List;
import java.util.Map;
import org.bigvdm.sim.state.ServerOperations;

/**
 * One server, reached nested or as {@code /virtual_machines/{id}}: read it, change its power or
 * undelete it ({@code PUT}), signal it ({@code POST .../signal}); {@code .../discs...} goes on to
 * {@link DiscsHandler}. The rules and the timing live in {@link ServerOperations}.
 */
final class VmsHandler {
    private final SimContext ctx;
    private final DiscsHandler discs;
    private final ServerOperations operations;

    VmsHandler(SimContext ctx, DiscsHandler discs) {
        this.ctx = ctx;
        this.discs = discs;
        this.operations = ctx.state().serverOperations();
    }

    /** {@code GET/PUT /virtual_machines/{id}[/...]}: only an id works here. */
    SimResponse handleById(SimRequest req) {
        List<String> s = req.segments();
        if (s.size() < 2 || !s.get(1).matches("\\d{1,18}")) {
            return SimResponse.notFound();
        }
        long vmId = Long.parseLong(s.get(1));
        ctx.state().vm(vmId); // 404 before anything else
        return handle(req, vmId, req.rest(2));
    }

    SimResponse handle(SimRequest req, long vmId, List<String> rest) {
        if (rest.isEmpty()) {
            if (req.is("GET")) {
                return SimResponse.ok(ctx.state().vm(vmId));
            }
            return req.is("PUT") ? SimResponse.ok(operations.update(vmId, req.jsonObject()))
                    : SimResponse.methodNotAllowed();
        }
        if (rest.get(0).equals("signal") && rest.size() == 1) {
            if (!req.is("POST")) {
                return SimResponse.methodNotAllowed();
            }
            operations.signal(vmId, req.jsonObject(), ctx.powerdownDelay());
            return SimResponse.ok(Map.of());
        }
        if (rest.get(0).equals("discs")) {
            return discs.handle(req, vmId, rest.subList(1, rest.size()));
        }
        return SimResponse.notFound();
    }
}
