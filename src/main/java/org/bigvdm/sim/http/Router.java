package org.bigvdm.sim.http;

import java.util.Optional;
import org.bigvdm.sim.auth.SimUser;

/**
 * Sends a parsed request to its handler: {@code /session...} to auth, {@code /definitions}
 * without a token, every other brain path only with a live token, and changes only for users
 * who may write.
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

    SimResponse route(SimRequest req) {
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

    /** Every path but sign-in, definitions and the control endpoint belongs to the brain. */
    private static boolean needsToken(SimRequest req) {
        String first = req.first();
        return !first.equals("session") && !first.equals("definitions") && !first.equals(ControlHandler.PREFIX);
    }

    private static SimResponse notSignedIn() {
        return SimResponse.error(401, "not signed in, or the session expired");
    }
}
