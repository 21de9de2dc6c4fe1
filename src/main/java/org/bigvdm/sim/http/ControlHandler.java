package org.bigvdm.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * No token needed. Answered only on loopback connections that name a loopback Host and carry no
 * Origin ({@link #refusal}), with values in range (a lifetime of Long.MAX seconds would overflow
 * every later sign-in).
 */
final class ControlHandler {
    /** The first path segment of every control request. */
    static final String PREFIX = "_sim";
    /** Upper limits: large enough for any test or demo, small enough that no arithmetic overflows. */
    static final long MAX_LATENCY_MS = 60_000;
    static final long MAX_COUNT = 10_000;
    static final long MAX_SESSION_SECONDS = 86_400;
    static final long MAX_POWERDOWN_MS = 600_000;
    /** A day per 100 GiB: longer would only be a backup that never finishes. */
    static final long MAX_BACKUP_MS = 86_400_000;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final SimContext ctx;

    ControlHandler(SimContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Why a control request is refused before it is read, if it is: it must come from this
     * machine, name a loopback host (a web page's request through DNS rebinding names its own),
     * and carry no Origin (browsers add one to cross-site requests; tools and tests never do).
     */
    static Optional<SimResponse> refusal(boolean remoteLoopback, String host, String origin) {
        if (!remoteLoopback) {
            return Optional.of(SimResponse.error(403, "loopback only"));
        }
        if (host == null || !LOOPBACK_NAMES.contains(hostName(host))) {
            return Optional.of(SimResponse.error(403, "the control endpoint answers only to a loopback Host"));
        }
        if (origin != null) {
            return Optional.of(SimResponse.error(403, "the control endpoint does not answer web pages (Origin set)"));
        }
        return Optional.empty();
    }

    /** "127.0.0.1:8080" is 127.0.0.1, "[::1]:80" is [::1]; lower case. */
    private static String hostName(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > 0 && h.indexOf(':') == colon || (h.startsWith("[") && h.lastIndexOf("]:") == colon - 1)) {
            h = h.substring(0, colon);
        }
        return h;
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
            faults.latency(Duration.ofMillis(number(body, "latency_ms", MAX_LATENCY_MS)));
        }
        if (body.has("fail_next")) {
            JsonNode n = body.get("fail_next");
            int count = n.has("count") ? (int) number(n, "count", MAX_COUNT) : 1;
            faults.failNext(count, status(n));
        }
        if (body.has("fail_share")) {
            JsonNode n = body.get("fail_share");
            double share = n.path("share").isNumber() ? n.path("share").asDouble() : -1;
            if (!(share >= 0 && share <= 1)) {
                throw SimError.badRequest("fail_share", "share must be between 0 and 1");
            }
            faults.failShare(share, status(n));
        }
        if (body.has("drop_next")) {
            faults.dropNext((int) number(body, "drop_next", MAX_COUNT));
        }
        if (body.has("malformed_next")) {
            faults.malformedNext((int) number(body, "malformed_next", MAX_COUNT));
        }
        if (body.has("session_lifetime_seconds")) {
            JsonNode n = body.get("session_lifetime_seconds");
            ctx.sessions().setLifetimeOverride(n.isNull() ? null
                    : Duration.ofSeconds(number(body, "session_lifetime_seconds", MAX_SESSION_SECONDS)));
        }
        if (body.has("powerdown_delay_ms")) {
            ctx.setPowerdownDelay(Duration.ofMillis(number(body, "powerdown_delay_ms", MAX_POWERDOWN_MS)));
        }
        if (body.has("backup_delay_ms")) {
            ctx.state().backupOperations().setDelay(Duration.ofMillis(number(body, "backup_delay_ms", MAX_BACKUP_MS)));
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

    /** A whole number from 0 to {@code max}; anything else is a 400 naming the field and the range. */
    private static long number(JsonNode body, String field, long max) {
        JsonNode n = body.get(field);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0 || n.asLong() > max) {
            throw SimError.badRequest(field, "must be a whole number from 0 to " + max);
        }
        return n.asLong();
    }

    private static int status(JsonNode fault) {
        JsonNode n = fault.get("status");
        if (n == null) {
            return 503;
        }
        if (!n.isIntegralNumber() || n.asLong() < 100 || n.asLong() > 599) {
            throw SimError.badRequest("status", "must be an HTTP status");
        }
        return n.asInt();
    }
}
