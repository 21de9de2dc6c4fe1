package org.bigvdm.sim;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run a simulator. {@code port} 0 picks a free port; {@code vms} 0 serves the small demo
 * estate, more generates that many servers from {@code seed}; {@code sessionLifetime} null keeps
 * the validity each sign-in asks for; {@code powerdownDelay} (default 3 s) is how long a
 * {@code powerdown} signal takes to turn a server off, on {@code clock}; {@code backupDelay} (default
 * 5 s) is how long a backup takes per 100 GiB of disc begun (a restore too); {@code dataFile} null
 * keeps everything in memory.
 */
public record SimulatorOptions(int port, long seed, int vms, Duration latency, Duration sessionLifetime,
                               Duration powerdownDelay, Duration backupDelay, Path dataFile, Clock clock) {

    public SimulatorOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (vms < 0) {
            throw new IllegalArgumentException("vms must not be negative");
        }
        latency = latency == null ? Duration.ZERO : latency;
        powerdownDelay = powerdownDelay == null ? Duration.ofSeconds(3) : powerdownDelay;
        backupDelay = backupDelay == null ? DEFAULT_BACKUP_DELAY : backupDelay;
        if (backupDelay.isNegative()) {
            throw new IllegalArgumentException("backupDelay must not be negative");
        }
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** A few seconds: long enough to watch a backup in progress in the demo. */
    public static final Duration DEFAULT_BACKUP_DELAY = Duration.ofSeconds(5);

    public static SimulatorOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds options; every setting has a usable default. */
    public static final class Builder {
        private int port;
        private long seed = 1;
        private int vms;
        private Duration latency = Duration.ZERO;
        private Duration sessionLifetime;
        private Duration powerdownDelay = Duration.ofSeconds(3);
        private Duration backupDelay = DEFAULT_BACKUP_DELAY;
        private Path dataFile;
        private Clock clock = Clock.systemUTC();

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder vms(int vms) {
            this.vms = vms;
            return this;
        }

        public Builder latency(Duration latency) {
            this.latency = latency;
            return this;
        }

        public Builder sessionLifetime(Duration sessionLifetime) {
            this.sessionLifetime = sessionLifetime;
            return this;
        }

        public Builder powerdownDelay(Duration powerdownDelay) {
            this.powerdownDelay = Objects.requireNonNull(powerdownDelay);
            return this;
        }

        /** How long a backup takes per 100 GiB of disc begun, on the clock; zero: done at once. */
        public Builder backupDelay(Duration backupDelay) {
            this.backupDelay = Objects.requireNonNull(backupDelay);
            return this;
        }

        public Builder dataFile(Path dataFile) {
            this.dataFile = dataFile;
            return this;
        }

        /**
         * The clock sessions expire by and timed transitions (a powerdown's delay) happen by;
         * tests pass one they can move forward.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public SimulatorOptions build() {
            return new SimulatorOptions(port, seed, vms, latency, sessionLifetime, powerdownDelay, backupDelay, dataFile,
                    clock);
        }
    }
}
