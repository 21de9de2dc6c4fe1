package org.bigvdm.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bigvdm.sim.state.SimError;
import org.bigvdm.sim.state.Snapshot;

/**
 * The control endpoint under {@code /_sim/}, outside the brain's paths, for tests and demos:
 * <ul>
 *   <li>{@code GET /_sim/state}: counts, fault settings, session lifetime, powerdown and backup delays</li>
 *   <li>{@code GET /_sim/faults}; {@code POST /_sim/faults} with any of {@code latency_ms},
 *       {@code fail_next: {count, status}}, {@code fail_share: {share, status}}, {@code drop_next},
 *       {@code malformed_next}, {@code session_lifetime_seconds} (null: as asked),
 *       {@code powerdown_delay_ms}, {@code backup_delay_ms} (per 100 GiB of disc), {@code clear: true}
 *       (first drop all faults)</li>
 *   <li>{@code DELETE /_sim/faults}: no faults at all (latency too);
 *       {@code POST /_sim/reset}: seeded estate and start-up settings again (sessions stay)</li>
 * </ul>
 * No token needed; the router answers it on loopback connections only.
 */
final class ControlHandler {
    private final SimContext ctx;

    ControlHandler(SimContext ctx) {
        this.ctx = ctx;
    }

    SimResponse handle(SimRequest req) {
        String what = req.segments().size() == 2 ? req.segments().get(1) : "";
        return switch (req.method() + " " + what) {
            case "GET state" -> SimResponse.ok(describe());
            case "GET faults" -> SimResponse.ok(faultSettings());
            case "POST faults", "PUT faults" -> {
                apply(req.jsonObject());
                yield SimResponse.ok(faultSettings());
            }
            case "DELETE faults" -> {
                ctx.faults().clear();
                yield SimResponse.ok(faultSettings());
            }
            case "POST reset" -> {
                ctx.reset();
                yield SimResponse.noContent();
            }
            default -> SimResponse.notFound();
        };
    }

    private void apply(JsonNode body) {
        var faults = ctx.faults();
        if (body.path("clear").asBoolean(false)) {
            faults.clear();
        }
        if (body.has("latency_ms")) {
            faults.latency(Duration.ofMillis(nonNegative(body, "latency_ms")));
        }
        if (body.has("fail_next")) {
            JsonNode n = body.get("fail_next");
            faults.failNext(n.path("count").asInt(1), status(n.path("status").asInt(503)));
        }
        if (body.has("fail_share")) {
            JsonNode n = body.get("fail_share");
            double share = n.path("share").asDouble(-1);
            if (share < 0 || share > 1) {
                throw SimError.badRequest("fail_share", "share must be between 0 and 1");
            }
            faults.failShare(share, status(n.path("status").asInt(503)));
        }
        if (body.has("drop_next")) {
            faults.dropNext((int) nonNegative(body, "drop_next"));
        }
        if (body.has("malformed_next")) {
            faults.malformedNext((int) nonNegative(body, "malformed_next"));
        }
        if (body.has("session_lifetime_seconds")) {
            JsonNode n = body.get("session_lifetime_seconds");
            ctx.sessions().setLifetimeOverride(n.isNull() ? null : Duration.ofSeconds(nonNegative(body,
                    "session_lifetime_seconds")));
        }
        if (body.has("powerdown_delay_ms")) {
            ctx.setPowerdownDelay(Duration.ofMillis(nonNegative(body, "powerdown_delay_ms")));
        }
        if (body.has("backup_delay_ms")) {
            ctx.state().backupOperations().setDelay(Duration.ofMillis(nonNegative(body, "backup_delay_ms")));
        }
    }

    private Map<String, Object> faultSettings() {
        var m = new LinkedHashMap<>(ctx.faults().describe());
        Duration lifetime = ctx.sessions().lifetimeOverride();
        m.put("session_lifetime_seconds", lifetime == null ? null : lifetime.toSeconds());
        m.put("powerdown_delay_ms", ctx.powerdownDelay().toMillis());
        m.put("backup_delay_ms", ctx.state().backupOperations().delay().toMillis());
        return m;
    }

    private Map<String, Object> describe() {
        Snapshot s = ctx.state().snapshot();
        var m = new LinkedHashMap<String, Object>();
        m.put("accounts", s.accounts().size());
        m.put("groups", s.groups().size());
        m.put("virtual_machines", s.virtualMachines().size());
        m.put("discs", s.discs().size());
        m.put("backups", s.backups().size());
        m.put("sessions", ctx.sessions().count());
        m.put("faults", faultSettings());
        return m;
    }

    private static long nonNegative(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (!n.canConvertToLong() || n.asLong() < 0) {
            throw SimError.badRequest(field, "must be a number of at least 0");
        }
        return n.asLong();
    }

    private static int status(int status) {
        if (status < 100 || status > 599) {
            throw SimError.badRequest("status", "must be an HTTP status");
        }
        return status;
    }
}
