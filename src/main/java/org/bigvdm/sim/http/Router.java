package org.bigvdm.sim.http;

import java.util.List;
import java.util.Optional;
import org.bigvdm.sim.auth.SimUser;
import org.bigvdm.sim.time.Timeline;

/**
 * Sends a parsed request to its handler: {@code /session...} to auth, {@code /definitions}
 * without a token, every other brain path only with a live token, and changes only for users
 * who may write (the simulator's users see every account; {@code readonly} changes nothing,
 * which also covers both servers of a disc move).
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
        List<String> s = req.segments();
        String first = s.isEmpty() ? "" : s.get(0);
        if (first.equals("session")) {
            return auth.handle(req);
        }
        if (first.equals("definitions")) {
            return definitions.handle(req);
        }
        Optional<SimUser> user = ctx.sessions().use(req.bearerToken());
        if (user.isEmpty()) {
            return SimResponse.error(401, "not signed in, or the session expired");
        }
        if (!req.is("GET") && !user.get().canWrite()) {
            return SimResponse.error(403, user.get().username() + " may read but not change anything");
        }
        return switch (first) {
            case "accounts" -> accounts.handle(req);
            case "virtual_machines" -> vms.handleById(req);
            case "discs" -> discs.handleFlat(req);
            default -> SimResponse.notFound();
        };
    }
}
