package org.bigvdm.sim.http;

import java.util.List;
import java.util.Optional;
import org.bigvdm.sim.auth.SimUser;
import org.bigvdm.sim.time.Timeline;

/**
 * Sends a parsed request to its handler: {@code /session...} to auth, {@code /definitions}
 * without a token, every other brain path only with a live token, and a change only when one of
 * the user's privileges covers the server it is about (see {@link Access}).
 */
final class Router {
    private final SimContext ctx;
    private final AuthHandler auth;
    private final DefinitionsHandler definitions = new DefinitionsHandler();
    private final AccountsHandler accounts;
    private final VmsHandler vms;
    private final DiscsHandler discs;

    Router(SimContext ctx) {
        this.ctx = ctx;
        this.auth = new AuthHandler(ctx.sessions());
        this.discs = new DiscsHandler(ctx.state());
        this.vms = new VmsHandler(ctx, discs);
        this.accounts = new AccountsHandler(ctx.state(), vms);
    }

    /**
     * The 401 for a brain path without a live token, decided from the headers alone: the server
     * asks this before it reads a body, so nobody signed out can make it read or parse one.
     */
    Optional<SimResponse> refusalBeforeBody(SimRequest req) {
        if (!needsToken(req) || ctx.sessions().use(req.bearerToken()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(notSignedIn());
    }

    /**
     * Applies the timed transitions that fell due before the request is looked at, and again
     * after it (so a zero delay is over by the time the answer leaves).
     */
    SimResponse route(SimRequest req) {
        Timeline timeline = ctx.state().timeline();
        timeline.runDue();
        try {
            return routeNow(req);
        } finally {
            timeline.runDue();
        }
    }

    private SimResponse routeNow(SimRequest req) {
        String first = req.first();
        if (first.equals("session")) {
            return auth.handle(req);
        }
        if (first.equals("definitions")) {
            return definitions.handle(req);
        }
        Optional<SimUser> user = ctx.sessions().use(req.bearerToken());
        if (user.isEmpty()) {
            return notSignedIn();
        }
        if (!req.is("GET")) {
            SimResponse refused = refusedChange(req, user.get());
            if (refused != null) {
                return refused;
            }
        }
        return switch (first) {
            case "accounts" -> accounts.handle(req);
            case "virtual_machines" -> vms.handleById(req);
            case "discs" -> discs.handleFlat(req);
            case "users" -> privileges(req, user.get());
            default -> SimResponse.notFound();
        };
    }

    /** A 403 when no privilege of the user covers the server the change is about, else null. */
    private SimResponse refusedChange(SimRequest req, SimUser user) {
        if (!user.canWrite()) {
            return SimResponse.error(403, user.username() + " may read but not change anything");
        }
        Long vmId = targetServer(req.segments());
        Long movedTo = movedTo(req);
        if (vmId == null && movedTo == null) {
            return null;
        }
        var estate = ctx.state().snapshot();
        if ((vmId != null && !Access.mayChange(user, estate, vmId))
                || (movedTo != null && !Access.mayChange(user, estate, movedTo))) {
            return SimResponse.error(403, user.username() + " may read but not change this server");
        }
        return null;
    }

    /** The server a disc is to move to ({@code "virtual_machine_id"} in the body), or null. */
    private static Long movedTo(SimRequest req) {
        try {
            var target = req.jsonObject().get("virtual_machine_id");
            return target != null && target.isIntegralNumber() ? target.asLong() : null;
        } catch (RuntimeException e) {
            return null; // no JSON body: the handler says what is wrong with it
        }
    }

    /** The server a request is about, or null; an unknown server answers 404 from here. */
    private Long targetServer(List<String> s) {
        if (s.size() >= 6 && s.get(0).equals("accounts") && s.get(2).equals("groups")
                && s.get(4).equals("virtual_machines")) {
            return ctx.state().vmId(s.get(1), s.get(3), s.get(5));
        }
        if (s.size() >= 2 && s.get(0).equals("virtual_machines") && s.get(1).matches("\\d{1,18}")) {
            return Long.parseLong(s.get(1));
        }
        if (s.size() == 2 && s.get(0).equals("discs") && s.get(1).matches("\\d{1,18}")) {
            return ctx.state().discById(Long.parseLong(s.get(1))).virtualMachineId();
        }
        return null;
    }

    /** {@code GET /users/{username}/privileges}: a user may read only their own. */
    private SimResponse privileges(SimRequest req, SimUser user) {
        List<String> s = req.segments();
        if (s.size() != 3 || !s.get(2).equals("privileges") || !s.get(1).equals(user.username())) {
            return SimResponse.notFound();
        }
        if (!req.is("GET")) {
            return SimResponse.methodNotAllowed();
        }
        return SimResponse.ok(Access.privileges(user, ctx.state().snapshot()));
    }

    /** Every path but sign-in, definitions and the control endpoint belongs to the brain. */
    private static boolean needsToken(SimRequest req) {
        String first = req.first();
        return !first.equals("session") && !first.equals("definitions") && !first.equals(ControlHandler.PREFIX);
    }

    private static SimResponse notSignedIn() {
        return SimResponse.error(401, "not signed in, or the session expired");
    }
}
