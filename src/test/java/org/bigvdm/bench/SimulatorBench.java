package org.bigvdm.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.function.LongSupplier;
import org.bigvdm.sim.BigVSimulator;
import org.bigvdm.sim.SimulatorOptions;
import org.bigvdm.sim.state.GeneratedEstate;
import org.bigvdm.sim.state.Snapshot;

/**
 * Not a test: measures the simulator at scale (1,000 servers, ~7,600 discs) and prints medians.
 * Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:<deps> org.bigvdm.bench.SimulatorBench}.
 */
public final class SimulatorBench {
    private static final int VMS = 1000;
    private static final int WARMUP = 5;
    private static final int RUNS = 15;

    private SimulatorBench() {
    }

    public static void main(String[] args) throws Exception {
        long coldStart = System.nanoTime();
        Snapshot estate = GeneratedEstate.build(VMS, 1);
        System.out.printf("estate: %d servers, %d discs; first (cold) build %.1f ms%n", estate.virtualMachines().size(),
                estate.discs().size(), (System.nanoTime() - coldStart) / 1e6);
        System.out.printf("generate %d servers: median %.1f ms%n", VMS,
                medianMs(() -> GeneratedEstate.build(VMS, 1).discs().size()));

        long startAt = System.nanoTime();
        try (var sim = BigVSimulator.start(SimulatorOptions.builder().vms(VMS).seed(1).build())) {
            System.out.printf("start a simulator with %d servers: %.1f ms%n", VMS, (System.nanoTime() - startAt) / 1e6);
            String token = sim.tokenFor("demo");
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest overview = HttpRequest.newBuilder(sim.baseUri().resolve("accounts?view=overview&include_deleted=true"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
            long[] bytes = new long[1];
            double ms = medianMs(() -> {
                try {
                    HttpResponse<byte[]> r = http.send(overview, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("overview answered " + r.statusCode());
                    }
                    bytes[0] = r.body().length;
                    return r.body().length;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            System.out.printf("serve overview (%.1f MB JSON over loopback): median %.1f ms%n", bytes[0] / 1e6, ms);

            HttpRequest oneVm = HttpRequest.newBuilder(sim.baseUri().resolve("discs/"
                            + estate.discs().get(0).id()))
                    .header("Authorization", "Bearer " + token).build();
            System.out.printf("one small request (GET /discs/{id}): median %.2f ms%n", medianMs(() -> {
                try {
                    return http.send(oneVm, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
    }

    private static double medianMs(LongSupplier work) {
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += work.getAsLong();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink += work.getAsLong();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work from being optimised away
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
