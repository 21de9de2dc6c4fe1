package org.bigvdm.testutil;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.bigvdm.api.model.Json;
import org.bigvdm.testutil.WireTypes.Kind;

/**
 * An OkHttp interceptor that checks every successful JSON answer against the wire-types table,
 * strictly (no field the table does not know), and fails the call with an AssertionError naming
 * each wrong field. The contract tests' clients carry it, so every answer the simulator gives
 * them is checked. Answers that are not JSON (injected faults) are left to the test.
 */
public final class WireTypeCheck implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        Kind kind = kindOf(chain.request().url().pathSegments());
        if (!response.isSuccessful() || kind == null) {
            return response;
        }
        String body = response.peekBody(Long.MAX_VALUE).string();
        JsonNode json;
        try {
            json = body.isBlank() ? null : Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            return response; // a malformed answer on purpose: the test expects the client's error
        }
        if (json != null) {
            List<String> problems = WireTypes.problems(json, kind, false);
            if (!problems.isEmpty()) {
                throw new AssertionError(chain.request().method() + " " + chain.request().url().encodedPath()
                        + " answered what the real service would not send: " + problems);
            }
        }
        return response;
    }

    /**
     * Which kind of object a brain or auth path answers with, or null (e.g. a signal). Paths
     * alternate collection and member ({@code /accounts/a/groups/g/virtual_machines/vm/discs/d}),
     * so the collection is the segment at the last even position, never a name that happens to
     * be a keyword (a disc labelled {@code backups}).
     */
    public static Kind kindOf(List<String> path) {
        List<String> s = path.stream().filter(p -> !p.isEmpty()).toList();
        if (s.isEmpty()) {
            return null;
        }
        return switch (s.get((s.size() - 1) / 2 * 2)) {
            case "accounts" -> Kind.ACCOUNT;
            case "groups" -> Kind.GROUP;
            case "virtual_machines" -> Kind.VIRTUAL_MACHINE;
            case "discs" -> Kind.DISC;
            case "backups" -> Kind.BACKUP;
            case "backup_schedules" -> Kind.BACKUP_SCHEDULE;
            case "privileges" -> Kind.PRIVILEGE;
            case "definitions" -> Kind.DEFINITION;
            case "session" -> s.size() == 2 ? Kind.SESSION : null; // POST /session answers the token as text
            default -> null;
        };
    }
}
