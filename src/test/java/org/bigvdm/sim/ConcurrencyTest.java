package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.Json;
import org.bigvdm.sim.state.Snapshot;
import org.bigvdm.sim.state.StoredBackup;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Several clients create, resize, purge and move discs on the same servers for two seconds,
 * while others start, stop and shut those servers down (the powerdowns finishing on the
 * simulator's timer thread) and take, delete and restore backups and add schedules that run every
 * second (backups completing and schedules running on the timer thread too). The rules must hold
 * throughout: at most 8 discs, unique labels, no disc ever smaller, no unasked-for 5xx, no
 * deadlock between requests and timed transitions; and afterwards every disc's backup count is
 * its backups, no backup outlives its disc, no schedule keeps more than its capacity and nothing
 * is left pending for a purged disc.
 */
class ConcurrencyTest {
    private static final String[] SERVERS = {Paths.WWW1, Paths.DB1, Paths.BUILD};
    private static final String[] LABELS = {"", "a", "b", "c", "d", "e", "f", "uploads"};
    private static final int THREADS = 6;
    /** Backups taken and schedules added: the race must really have raced backups. */
    private static final AtomicInteger BACKUP_WRITES = new AtomicInteger();

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.backupDelay(Duration.ofMillis(20)));

    @Test
    void rulesHoldUnderRacingChanges() throws Exception {
        var largestSeen = new ConcurrentHashMap<Long, Long>();
        var problems = new ConcurrentLinkedQueue<String>();
        var requests = new AtomicInteger();
        long endAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                var random = new SplittableRandom(t);
                SimClient demo = SIM.demoClient();
                runs.add(pool.submit(() -> {
                    while (System.nanoTime() < endAt) {
                        step(demo, random, largestSeen, problems);
                        requests.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(problems).isEmpty();
        assertThat(requests.get()).isGreaterThan(100);
        assertThat(BACKUP_WRITES.get()).isGreaterThan(10);
        backupsAreConsistent();
        for (String server : SERVERS) {
            String[] p = server.split("/");
            long vmId = SIM.simulator().state().vmId(p[2], p[4], p[6]);
            List<Disc> discs = SIM.simulator().state().discsOf(vmId);
            assertThat(discs.size()).as(server).isLessThanOrEqualTo(DiscRules.MAX_DISCS_PER_SERVER);
            assertThat(discs).extracting(Disc::label).as(server).doesNotHaveDuplicates();
            for (Disc d : discs) {
                assertThat(d.size()).as(d.label()).isGreaterThanOrEqualTo(largestSeen.getOrDefault(d.id(), 0L));
            }
        }
    }

    private static void step(SimClient demo, SplittableRandom random, Map<Long, Long> largestSeen,
                             ConcurrentLinkedQueue<String> problems) throws Exception {
        String server = SERVERS[random.nextInt(SERVERS.length)];
        int action = random.nextInt(11);
        if (action >= 7) {
            backups(demo, random, server, action, problems);
            return;
        }
        if (action == 5) {
            power(demo, random, server, problems);
            return;
        }
        if (action == 4) { // readers see whole, consistent answers while others write
            var overview = demo.get("/accounts?view=overview&include_deleted=true");
            check(overview.statusCode(), overview.body(), problems, 200);
            Json.mapper().readTree(overview.body());
            return;
        }
        if (action == 0) {
            String label = LABELS[random.nextInt(LABELS.length)];
            var answer = demo.post(server + "/discs", "{\"label\":\"" + label + "\",\"size\":2048}");
            check(answer.statusCode(), answer.body(), problems, 201, 400);
            return;
        }
        var list = demo.get(server + "/discs");
        check(list.statusCode(), list.body(), problems, 200);
        JsonNode discs = Json.mapper().readTree(list.body());
        if (discs.isEmpty()) {
            return;
        }
        JsonNode disc = discs.get(random.nextInt(discs.size()));
        long id = disc.get("id").asLong();
        long size = disc.get("size").asLong();
        if (action == 3) {
            var answer = demo.delete(server + "/discs/" + id + "?purge=true");
            check(answer.statusCode(), answer.body(), problems, 204, 404);
            return;
        }
        if (action == 6) { // 400 while a server runs, for the boot disc, a full target or a taken label
            String[] target = SERVERS[random.nextInt(SERVERS.length)].split("/");
            long targetId = SIM.simulator().state().vmId(target[2], target[4], target[6]);
            var answer = demo.put(server + "/discs/" + id, "{\"virtual_machine_id\":" + targetId + "}");
            check(answer.statusCode(), answer.body(), problems, 200, 400, 404);
            return;
        }
        boolean shrink = random.nextInt(5) == 0;
        long newSize = shrink ? size - 1024 : size + 1024;
        var answer = demo.put(server + "/discs/" + id, "{\"size\":" + newSize + "}");
        check(answer.statusCode(), answer.body(), problems, 200, 400, 404);
        if (answer.statusCode() == 200) {
            if (shrink) {
                problems.add("a shrink was accepted: " + answer.body());
            }
            largestSeen.merge(id, Json.mapper().readTree(answer.body()).get("size").asLong(), Math::max);
        }
    }

    /** Take, delete or restore a backup, or add a schedule running every second, on a random disc. */
    private static void backups(SimClient demo, SplittableRandom random, String server, int action,
                                ConcurrentLinkedQueue<String> problems) throws Exception {
        var list = demo.get(server + "/discs");
        JsonNode discs = Json.mapper().readTree(list.body());
        if (discs.isEmpty()) {
            return;
        }
        String disc = server + "/discs/" + discs.get(random.nextInt(discs.size())).get("id").asLong();
        if (action == 7) {
            var answer = demo.post(disc + "/backups", "");
            check(answer.statusCode(), answer.body(), problems, 201, 400, 404);
            BACKUP_WRITES.addAndGet(answer.statusCode() == 201 ? 1 : 0);
            return;
        }
        if (action == 8) {
            var answer = demo.post(disc + "/backup_schedules", "{\"start_at\": \"" + Instant.now()
                    + "\", \"interval_seconds\": 1, \"capacity\": 2}");
            check(answer.statusCode(), answer.body(), problems, 201, 404);
            BACKUP_WRITES.addAndGet(answer.statusCode() == 201 ? 1 : 0);
            return;
        }
        var backups = demo.get(disc + "/backups");
        check(backups.statusCode(), backups.body(), problems, 200, 404);
        JsonNode all = backups.statusCode() == 200 ? Json.mapper().readTree(backups.body()) : null;
        if (all == null || all.isEmpty()) {
            return;
        }
        String backup = disc + "/backups/" + all.get(random.nextInt(all.size())).get("id").asLong();
        var answer = action == 9 ? demo.delete(backup + "?purge=true") : demo.put(backup, "{\"restore\": true}");
        check(answer.statusCode(), answer.body(), problems, 200, 204, 400, 404);
    }

    private static void backupsAreConsistent() {
        Snapshot estate = SIM.simulator().state().snapshot();
        Map<Long, Long> counts = estate.backups().stream()
                .collect(Collectors.groupingBy(StoredBackup::parentDiscId, Collectors.counting()));
        Set<Long> discIds = estate.discs().stream().map(Disc::id).collect(Collectors.toSet());
        assertThat(counts.keySet()).as("no backup outlives its disc").isSubsetOf(discIds);
        for (Disc d : estate.discs()) {
            assertThat(d.backupCount().longValue()).as("backup_count of %s", d.id()).isEqualTo(counts.getOrDefault(d.id(), 0L));
            assertThat(d.backupsEnabled()).as("backups_enabled of %s", d.id()).isEqualTo(!d.backupSchedules().isEmpty());
            for (var schedule : d.backupSchedules()) {
                assertThat(estate.backups()).filteredOn(b -> schedule.id().equals(b.scheduleId()))
                        .as("schedule %s keeps at most its capacity", schedule.id()).hasSizeLessThanOrEqualTo(schedule.capacity());
            }
        }
        assertThat(SIM.simulator().timeline().pendingByKey().keySet()).as("nothing pending for a purged disc")
                .allSatisfy(key -> {
                    if (key.startsWith("disc/")) {
                        assertThat(discIds).contains(Long.parseLong(key.split("/")[1]));
                    }
                });
    }

    /** Mostly off, so that moves find both servers off now and then. */
    private static void power(SimClient demo, SplittableRandom random, String server,
                              ConcurrentLinkedQueue<String> problems) {
        int which = random.nextInt(5);
        if (which == 4) {
            var answer = demo.post(server + "/signal", "{\"signal\":\"powerdown\"}");
            check(answer.statusCode(), answer.body(), problems, 200, 400);
            return;
        }
        String body = which == 3 ? "{\"power_on\":true,\"autoreboot_on\":true}"
                : which == 2 ? "{\"autoreboot_on\":false}" : "{\"power_on\":false,\"autoreboot_on\":false}";
        var answer = demo.put(server, body);
        check(answer.statusCode(), answer.body(), problems, 200);
    }

    private static void check(int status, String body, ConcurrentLinkedQueue<String> problems, int... allowed) {
        for (int a : allowed) {
            if (a == status) {
                return;
            }
        }
        problems.add(status + " " + body);
    }
}
