package org.bigvdm.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.bigvdm.sim.auth.SimUser;
import org.bigvdm.sim.fault.Faults;

/**
 * Runs the simulator alone until killed:
 * {@code --port N --vms N --seed N --latency MS --data FILE --session-lifetime S --powerdown-delay MS
 * --backup-delay MS},
 * and faults from the start: {@code --fail-share SHARE[:STATUS] --fail-next N[:STATUS] --drop-next N
 * --malformed-next N} ({@code POST /_sim/reset} clears these). Logs go to stderr, and to
 * {@code --log-file FILE} if given. The only class of the simulator that prints to the console.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        chooseLogging(args);
        Parsed parsed;
        try {
            parsed = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bigv simulator: " + e.getMessage());
            System.err.println("usage: --simulator [--port N] [--vms N] [--seed N] [--latency MS] [--data FILE]"
                    + " [--session-lifetime S] [--powerdown-delay MS] [--backup-delay MS] [--fail-share SHARE[:STATUS]]"
                    + " [--fail-next N[:STATUS]] [--drop-next N] [--malformed-next N] [--log-file FILE]");
            System.exit(2);
            return;
        }
        BigVSimulator sim;
        try {
            sim = BigVSimulator.start(parsed.options());
            parsed.faults().accept(sim.faults());
        } catch (RuntimeException e) {
            System.err.println("bigv simulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "bigv-sim-shutdown"));
        System.out.println("BigV simulator running at " + sim.baseUri() + " (brain and auth endpoint)");
        System.out.println("Users: demo/demo, twofactor/twofactor (2FA code 123456), readonly/readonly, mixed/mixed; API key "
                + SimUser.DEMO_API_KEY);
        System.out.println("Control: GET " + sim.baseUri() + "_sim/state, POST " + sim.baseUri() + "_sim/faults");
        new CountDownLatch(1).await(); // serve until the process is killed
    }

    /** The options, and the faults to switch on once the simulator runs. */
    record Parsed(SimulatorOptions options, Consumer<Faults> faults) {
    }

    static Parsed parse(String[] args) {
        var b = SimulatorOptions.builder();
        Consumer<Faults> faults = f -> { };
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + flag);
            }
            String value = args[++i];
            try {
                switch (flag) {
                    case "--port" -> b.port(Integer.parseInt(value));
                    case "--vms" -> b.vms(Integer.parseInt(value));
                    case "--seed" -> b.seed(Long.parseLong(value));
                    case "--latency" -> b.latency(Duration.ofMillis(Long.parseLong(value)));
                    case "--data" -> b.dataFile(Path.of(value));
                    case "--session-lifetime" -> b.sessionLifetime(Duration.ofSeconds(Long.parseLong(value)));
                    case "--powerdown-delay" -> b.powerdownDelay(Duration.ofMillis(Long.parseLong(value)));
                    case "--backup-delay" -> b.backupDelay(Duration.ofMillis(Long.parseLong(value)));
                    case "--fail-share" -> {
                        double share = Double.parseDouble(before(value));
                        int status = statusAfter(value);
                        if (share < 0 || share > 1) {
                            throw new IllegalArgumentException("--fail-share needs a share from 0 to 1");
                        }
                        faults = faults.andThen(f -> f.failShare(share, status));
                    }
                    case "--fail-next" -> {
                        int count = Integer.parseInt(before(value));
                        int status = statusAfter(value);
                        faults = faults.andThen(f -> f.failNext(count, status));
                    }
                    case "--drop-next" -> {
                        int count = Integer.parseInt(value);
                        faults = faults.andThen(f -> f.dropNext(count));
                    }
                    case "--log-file" -> {
                        // used by chooseLogging, before anything could log
                    }
                    case "--malformed-next" -> {
                        int count = Integer.parseInt(value);
                        faults = faults.andThen(f -> f.malformedNext(count));
                    }
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a number, not " + value);
            }
        }
        return new Parsed(b.build(), faults);
    }

    /**
     * Logs go to stderr only (plus {@code --log-file FILE} when given), never into the app's log
     * folder in the user's real state directory: a simulator run from a terminal or a script is
     * not the app. A logback configuration chosen with {@code -Dlogback.configurationFile} wins.
     * Must run before the first logger is made, which is when logback reads its configuration.
     */
    static void chooseLogging(String[] args) {
        if (System.getProperty("logback.configurationFile") != null) {
            return;
        }
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--log-file")) {
                System.setProperty("bigvdm.sim.logFile", Path.of(args[i + 1]).toAbsolutePath().toString());
                System.setProperty("logback.configurationFile", "logback-simulator-file.xml");
                return;
            }
        }
        System.setProperty("logback.configurationFile", "logback-simulator.xml");
    }

    private static String before(String value) {
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    /** The status after a colon, 503 (service unavailable) when none is given. */
    private static int statusAfter(String value) {
        int colon = value.indexOf(':');
        return colon < 0 ? 503 : Integer.parseInt(value.substring(colon + 1));
    }
}
