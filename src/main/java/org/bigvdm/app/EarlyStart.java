package org.bigvdm.app;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Start-up work begun in {@code Launcher.main}, beside the toolkit's own start instead of before
 * it: reading settings and tokens (and the API clients), and, when the app starts on the demo,
 * the embedded simulator with its session. The window needs only the first to be shown; the
 * demo's data fills it when the simulator is up, after the first frame.
 */
final class EarlyStart {
    private static volatile EarlyStart begun;

    private final AppArguments args;
    private final CompletableFuture<StartupState> state;
    private final CompletableFuture<DemoBackend> demo;

    private EarlyStart(AppArguments args) {
        this.args = args;
        state = CompletableFuture.supplyAsync(() -> StartupState.read(args), daemon("early-settings"));
        // --demo needs nothing read first, so its simulator starts at once, beside the reading;
        // otherwise the settings and the bytemark tool's file decide whether a demo is wanted
        demo = args.demo()
                ? CompletableFuture.supplyAsync(DemoBackend::start, daemon("early-demo"))
                : state.thenApplyAsync(s -> s.wantsDemo(args) ? DemoBackend.start() : null, daemon("early-demo"));
    }

    /**
     * Called first thing by the Launcher; the Application picks the work up with {@link #take}.
     * {@code logging} (configuring the log) runs on a thread of its own too: a logger asked for
     * meanwhile records its lines and hands them over once the log is configured (SLF4J).
     */
    static void begin(String[] rawArgs, Runnable logging) {
        daemon("early-logging").execute(logging);
        begun = new EarlyStart(AppArguments.parse(Arrays.asList(rawArgs)));
    }

    private static Executor daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        };
    }

    /** What {@link #begin} started for these arguments, or a start of it now (launched some other way). */
    static EarlyStart take(AppArguments args) {
        EarlyStart early = begun;
        begun = null;
        if (early != null && early.args.equals(args)) {
            return early;
        }
        if (early != null) {
            early.discard();
        }
        return new EarlyStart(args);
    }

    /** Stops the demo this started, once it is up (for a start nobody takes). */
    void discard() {
        demo.thenAccept(backend -> {
            if (backend != null) {
                backend.close();
            }
        });
    }

    /** Settings, tokens, clients; the demo is not in it (see {@link #demo()}). Blocks until read. */
    StartupState state() {
        return state.join();
    }

    /** Completes with the demo backend (signed in), or with null when the app does not start on the demo. */
    CompletableFuture<DemoBackend> demo() {
        return demo;
    }
}
