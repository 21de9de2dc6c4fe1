package org.bigvdm.sim.fault;

/** What to do to one request, decided before it is handled. */
public sealed interface Fault {
    /** Handle the request normally. */
    record None() implements Fault {
    }

    /** Answer with this status and do nothing else. */
    record Fail(int status) implements Fault {
    }

    /** Close the connection without any answer. */
    record Drop() implements Fault {
    }

    /** Handle the request, then send a body that is not valid JSON. */
    record Malformed() implements Fault {
    }

    /** Handle the request, then answer its 2xx status with no body at all (a 204 becomes 200). */
    record Empty() implements Fault {
    }

    /** Handle the request at once but send the answer only after {@code delayMs}: a slow answer to a done change. */
    record Slow(long delayMs) implements Fault {
    }

    /** Never handle the request; close the connection unanswered after {@code delayMs}: a server that hangs. */
    record Hang(long delayMs) implements Fault {
    }

    Fault NONE = new None();
}
