package org.bigvdm.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bigvdm.sim.state.SimError;

/**
 * One server, reached nested or as {@code /virtual_machines/{id}}: read it, change its power,
 * signal it; {@code .../discs...} goes on to {@link DiscsHandler}.
 */
final class VmsHandler {
    private final SimContext ctx;
    private final DiscsHandler discs;

    VmsHandler(SimContext ctx, DiscsHandler discs) {
        this.ctx = ctx;
        this.discs = discs;
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
            return req.is("PUT") ? SimResponse.ok(power(vmId, req.jsonObject())) : SimResponse.methodNotAllowed();
        }
        if (rest.get(0).equals("signal") && rest.size() == 1) {
            return req.is("POST") ? signal(vmId, req.jsonObject()) : SimResponse.methodNotAllowed();
        }
        if (rest.get(0).equals("discs")) {
            return discs.handle(req, vmId, rest.subList(1, rest.size()));
        }
        return SimResponse.notFound();
    }

    private Object power(long vmId, JsonNode body) {
        return ctx.state().setPower(vmId, bool(body, "power_on"), bool(body, "autoreboot_on"));
    }

    /** A powerdown is the guest's clean shutdown: it takes a moment, so it ends on the timer. */
    private SimResponse signal(long vmId, JsonNode body) {
        if (!body.path("signal").isTextual() || !body.get("signal").asText().equals("powerdown")) {
            throw SimError.badRequest("signal", "is not included in the list");
        }
        var vm = ctx.state().vm(vmId);
        if (vm.deleted()) {
            throw SimError.forbidden("virtual_machine", "is deleted and cannot change");
        }
        ctx.timer().schedule(() -> ctx.state().finishPowerdown(vmId),
                ctx.powerdownDelay().toMillis(), TimeUnit.MILLISECONDS);
        return SimResponse.ok(Map.of());
    }

    private static Boolean bool(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            throw SimError.badRequest(field, "is not a boolean");
        }
        return n.asBoolean();
    }
}
