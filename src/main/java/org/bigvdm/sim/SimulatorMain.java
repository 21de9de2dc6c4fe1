package org.bigvdm.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.bigvdm.sim.auth.SimUser;

/**
 * Runs the simulator alone until killed:
 * {@code --port N --vms N --seed N --latency MS --data FILE --session-lifetime S --powerdown-delay MS}.
 * The only class of the simulator that prints to the console.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bigv simulator: " + e.getMessage());
            System.err.println("usage: --simulator [--port N] [--vms N] [--seed N] [--latency MS] [--data FILE]"
                    + " [--session-lifetime S] [--powerdown-delay MS]");
            System.exit(2);
            return;
        }
        BigVSimulator sim;
        try {
            sim = BigVSimulator.start(options);
        } catch (RuntimeException e) {
            System.err.println("bigv simulator: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "bigv-sim-shutdown"));
        System.out.println("BigV simulator running at " + sim.baseUri() + " (brain and auth endpoint)");
        System.out.println("Users: demo/demo, twofactor/twofactor (2FA code 123456), readonly/readonly; API key "
                + SimUser.DEMO_API_KEY);
        System.out.println("Control: GET " + sim.baseUri() + "_sim/state, POST " + sim.baseUri() + "_sim/faults");
        new CountDownLatch(1).await(); // serve until the process is killed
    }

    static SimulatorOptions parse(String[] args) {
        var b = SimulatorOptions.builder();
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
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a number, not " + value);
            }
        }
        return b.build();
    }
}
