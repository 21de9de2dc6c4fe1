package org.bigvdm.sim.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.model.VirtualMachine;

/**
 * A refusal the simulator answers with a status and a body, the way the real service would.
 * The body is either a Rails-style map ({@code {"field": ["message"]}}) or plain text.
 */
public final class SimError extends RuntimeException {
    private final int status;
    private final transient Object body;

    public SimError(int status, Object body) {
        this(status, body, null);
    }

    private SimError(int status, Object body, Throwable cause) {
        super(status + " " + body, cause, false, false);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** A {@code Map} for JSON bodies, a {@code String} for text bodies. */
    public Object body() {
        return body;
    }

    public static SimError badRequest(String field, String message) {
        return new SimError(400, Map.of(field, List.of(message)));
    }

    public static SimError badRequest(Map<String, List<String>> fieldErrors) {
        return new SimError(400, new LinkedHashMap<>(fieldErrors));
    }

    public static SimError notFound(String what) {
        return new SimError(404, Map.of("error", List.of(what + " not found")));
    }

    /** A change the data file could not keep, so it was undone: a server error, not the client's. */
    public static SimError notSaved(RuntimeException cause) {
        return new SimError(500, Map.of("error", List.of("the change could not be saved, so it was not made")), cause);
    }

    public static SimError forbidden(String field, String message) {
        return new SimError(403, Map.of(field, List.of(message)));
    }

    /**
     * Discs of a deleted server cannot change. The contract leaves the answer open; the
     * simulator chose 403 ("you may read this but not change it") with
     * {@code {"virtual_machine": ["is deleted and cannot change"]}}.
     */
    static void refuseIfDeleted(VirtualMachine vm) {
        if (vm.deleted()) {
            throw forbidden("virtual_machine", "is deleted and cannot change");
        }
    }
}
