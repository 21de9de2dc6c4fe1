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

    Fault NONE = new None();
}
