package org.bigvdm.sim.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import org.bigvdm.sim.auth.Sessions;
import org.bigvdm.sim.auth.SignInException;

/** The auth service: {@code POST /session} signs in, {@code GET /session/{token}} describes. */
final class AuthHandler {
    private final Sessions sessions;

    AuthHandler(Sessions sessions) {
        this.sessions = sessions;
    }

    SimResponse handle(SimRequest req) {
        List<String> s = req.segments();
        if (s.size() == 1 && req.is("POST")) {
            return signIn(req);
        }
        if (s.size() == 2 && req.is("GET")) {
            return sessions.info(s.get(1))
                    .map(i -> {
                        var body = new LinkedHashMap<String, Object>();
                        body.put("username", i.username());
                        body.put("factors", i.factors());
                        body.put("group_memberships", List.of());
                        return SimResponse.ok(body);
                    })
                    .orElseGet(() -> SimResponse.text(404, "Session not found"));
        }
        return s.size() <= 2 ? SimResponse.methodNotAllowed() : SimResponse.notFound();
    }

    private SimResponse signIn(SimRequest req) {
        JsonNode body;
        try {
            body = req.jsonObject();
        } catch (RuntimeException e) {
            return SimResponse.text(400, SignInException.BADLY_FORMED);
        }
        try {
            String token = sessions.signIn(text(body, "username"), text(body, "password"),
                    text(body, "validity"), text(body, "2fa"));
            return SimResponse.text(200, token);
        } catch (SignInException e) {
            return SimResponse.text(e.status(), e.getMessage());
        }
    }

    /** A string field; a number is taken as its digits (validity is sometimes sent as one). */
    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull() || !(n.isTextual() || n.isIntegralNumber())) {
            return null;
        }
        return n.asText();
    }
}
