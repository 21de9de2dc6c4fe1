package org.bigvdm.testutil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A stand-in for the real service that answers only with documentation-shaped JSON: the public
 * fixtures of src/test/resources/wire, served as the docs print them (the account overview as
 * one object, not a list). The docs' overview holds one server, powered off; the running server
 * of the official client's type tests ({@code "head": "head99"}, three discs) is added to its
 * group (the docs' own running server shares the id 1234 with it), so the estate has a server of
 * each kind: {@code myhostname} (off, disc {@code vda}) then {@code example} (running).
 * Reads only; every write answers 405 so a test notices one.
 *
 * <pre>{@code
 * server.setDispatcher(new PublicBrain());
 * }</pre>
 */
public final class PublicBrain extends Dispatcher {
    /** The token {@code client-session.json} is the session of, and the user it names. */
    public static final String TOKEN = "working-auth-token";
    public static final String USER = "account";

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (!request.getMethod().equals("GET")) {
            return text(405, "read-only stand-in");
        }
        List<String> s = request.getUrl().pathSegments().stream().filter(p -> !p.isEmpty()).toList();
        String first = s.isEmpty() ? "" : s.get(0);
        if (first.equals("session") && s.size() == 2) {
            return s.get(1).equals(TOKEN) ? json("client-session.json") : text(404, "Session not found");
        }
        if (first.equals("definitions")) {
            return json("client-definitions.json");
        }
        if (!("Bearer " + TOKEN).equals(request.getHeaders().get("Authorization"))) {
            return text(401, "Unauthorized");
        }
        return switch (first) {
            case "accounts" -> accounts(s);
            case "users" -> s.size() == 3 && s.get(2).equals("privileges") ? json("docs-privileges.json")
                    : text(404, "Not found");
            default -> text(404, "Not found");
        };
    }

    private static MockResponse accounts(List<String> s) {
        if (s.size() <= 2) {
            return body(overview().toString()); // /accounts and /accounts/{a}: one object, as the docs show both
        }
        if (s.size() == 3 && s.get(2).equals("groups")) {
            return json("docs-groups.json");
        }
        if (s.size() == 4) {
            return json("docs-group.json");
        }
        if (s.size() == 5) {
            return json("docs-virtual-machines.json");
        }
        if (s.size() == 6) {
            return body(overviewServer().toString()); // the server as the overview shows it, with its discs
        }
        if (s.size() == 7 && s.get(6).equals("discs")) {
            return body(overviewServer().path("discs").toString());
        }
        return text(404, "Not found");
    }

    /** The docs' account overview, with the official client's running server added to its group. */
    public static JsonNode overview() {
        JsonNode account = WireFixtures.tree("docs-account-overview.json");
        ArrayNode servers = (ArrayNode) account.path("groups").get(0).path("virtual_machines");
        servers.add(WireFixtures.tree("client-virtual-machine.json"));
        return account;
    }

    private static JsonNode overviewServer() {
        return overview().path("groups").get(0).path("virtual_machines").get(0);
    }

    private static MockResponse json(String fixture) {
        return body(WireFixtures.text(fixture));
    }

    private static MockResponse body(String json) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(json).build();
    }

    private static MockResponse text(int code, String text) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/plain").body(text).build();
    }
}
