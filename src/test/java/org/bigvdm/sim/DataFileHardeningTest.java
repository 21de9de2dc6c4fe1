package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.Json;
import org.bigvdm.sim.state.DataFile;
import org.bigvdm.sim.state.DemoEstate;
import org.bigvdm.sim.state.Snapshot;
import org.bigvdm.sim.state.StoredBackup;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.testutil.Tally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, finding 4: with --data in a folder that could not be written, creates answered 201
 * and were gone after a restart. Now the simulator will not start on a file it cannot write,
 * a change it cannot save is refused and undone, saves go through symlinks, leftovers of an
 * interrupted save are cleaned, a FIFO or device is refused, and a file that parses but breaks
 * the rules is refused with a message naming the first problem.
 */
class DataFileHardeningTest {
    private static final Tally TALLY = Tally.of(DataFileHardeningTest.class);

    @TempDir
    Path dir;

    @AfterAll
    static void report() {
        TALLY.write();
    }

    @Test
    void aFileThatCannotBeWrittenStopsTheStart() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        Path file = notADirectory.resolve("estate.json");
        assertThatThrownBy(() -> BigVSimulator.start(options(file)))
                .isInstanceOf(DataFile.SimDataException.class).hasMessageContaining(file.toString());

        Path aDirectory = Files.createDirectories(dir.resolve("estate-dir.json"));
        assertThatThrownBy(() -> BigVSimulator.start(options(aDirectory)))
                .isInstanceOf(DataFile.SimDataException.class).hasMessageContaining("is a directory");
        TALLY.add("unwritable data files refused at start", 2);
    }

    @Test
    void aChangeThatCannotBeSavedIsRefusedAndUndone() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("data"));
        Path file = folder.resolve("estate.json");
        try (var sim = BigVSimulator.start(options(file))) {
            var demo = new SimClient(sim.baseUri(), sim.tokenFor("demo"));
            long www1 = Paths.www1Id(sim);
            List<Disc> before = sim.state().discsOf(www1);

            deleteTree(folder);
            Files.writeString(folder, "the data folder is gone: every save now fails");
            var create = demo.post(Paths.WWW1 + "/discs", "{\"label\":\"lost\",\"size\":4096}");
            assertThat(create.statusCode()).isEqualTo(500);
            assertThat(create.body()).contains("could not be saved");
            assertThat(demo.put(Paths.WWW1 + "/discs/uploads", "{\"size\":204800}").statusCode()).isEqualTo(500);
            assertThat(demo.delete(Paths.WWW1 + "/discs/uploads?purge=true").statusCode()).isEqualTo(500);
            assertThat(sim.state().discsOf(www1)).isEqualTo(before);
            assertThat(demo.get(Paths.WWW1 + "/discs/lost").statusCode()).isEqualTo(404);
            TALLY.add("writes refused when the save failed", 3);

            Files.delete(folder);
            Files.createDirectories(folder);
            assertThat(demo.post(Paths.WWW1 + "/discs", "{\"label\":\"kept\",\"size\":4096}").statusCode()).isEqualTo(201);
        }
        assertThat(Files.readString(file)).contains("\"kept\"").doesNotContain("\"lost\"");
    }

    @Test
    void aSymlinkedFileIsWrittenThroughNotReplaced() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("estate.json");
        Path link = Files.createSymbolicLink(dir.resolve("estate.json"), Path.of("real", "estate.json"));
        try (var sim = BigVSimulator.start(options(link))) {
            var demo = new SimClient(sim.baseUri(), sim.tokenFor("demo"));
            assertThat(demo.post(Paths.WWW1 + "/discs", "{\"label\":\"through\",\"size\":4096}").statusCode()).isEqualTo(201);
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("\"through\"");
        try (var sim = BigVSimulator.start(options(link))) {
            assertThat(sim.state().discsOf(Paths.www1Id(sim))).extracting(Disc::label).contains("through");
        }
    }

    @Test
    void leftoversOfAnInterruptedSaveAreCleanedAtStart() throws IOException {
        Path file = dir.resolve("estate.json");
        Path newStyle = Files.writeString(dir.resolve("estate.json.8461521.tmp"), "{\"half");
        Path oldStyle = Files.writeString(dir.resolve("estate.json5512.tmp"), "{\"half");
        Path unrelated = Files.writeString(dir.resolve("other.json.1.tmp"), "keep me");
        try (var sim = BigVSimulator.start(options(file))) {
            assertThat(newStyle).doesNotExist();
            assertThat(oldStyle).doesNotExist();
            assertThat(unrelated).exists();
            assertThat(file).exists();
        }
    }

    @Test
    void aFifoIsRefusedNotWaitedOn() throws Exception {
        Path fifo = dir.resolve("estate.fifo");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> BigVSimulator.start(options(fifo)))
                .isInstanceOf(DataFile.SimDataException.class).hasMessageContaining("not an ordinary file"));
        TALLY.one("special files refused");
    }

    @Test
    void aDeviceIsRefused() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
        assertThatThrownBy(() -> BigVSimulator.start(options(device)))
                .isInstanceOf(DataFile.SimDataException.class).hasMessageContaining("not an ordinary file");
        TALLY.one("special files refused");
    }

    @Test
    void aFileThatBreaksTheRulesIsRefusedNamingTheFirstProblem() throws IOException {
        Snapshot demo = DemoEstate.build(Instant.now());
        long www1 = demo.discs().stream().filter(d -> d.label().equals("uploads")).findFirst().orElseThrow()
                .virtualMachineId();
        List<Case> cases = List.of(
                new Case("server " + www1 + " (www1) has more than 8 discs", s -> withDiscs(s, nineDiscsOn(s, www1))),
                new Case("(\"UPLOADS\") of server " + www1 + " (www1) have one label",
                        s -> withDiscs(s, List.of(disc(s, 90001, "UPLOADS", www1)))),
                new Case("(\"caf\u00e9\") and 90002", s -> withDiscs(s,
                        List.of(disc(s, 90001, "caf\u00e9", www1), disc(s, 90002, "cafe\u0301", www1)))),
                new Case("two records of kind disc have the id", s -> withDiscs(s,
                        List.of(disc(s, s.discs().get(0).id(), "again", www1)))),
                new Case("belongs to server 424242, which is not in the file", s -> withDiscs(s,
                        List.of(disc(s, 90001, "orphan", 424242L)))),
                new Case("has no label", s -> withDiscs(s, List.of(disc(s, 90001, " ", www1)))),
                new Case("belongs to account 777, which is not in the file", s -> new Snapshot(s.nextId(), s.accounts(),
                        plus(s.groups(), new Group(90001, 777, "lost", null)), s.virtualMachines(), s.discs())),
                new Case("two records of kind group are named \"production\"", s -> new Snapshot(s.nextId(), s.accounts(),
                        plus(s.groups(), new Group(90001, s.groups().get(1).accountId(), "production", null)),
                        s.virtualMachines(), s.discs())),
                new Case("backup 90001 (lost-backup-20260101000000) belongs to disc 424242, which is not in the file",
                        s -> withBackup(s, new StoredBackup(90001, "lost-backup-20260101000000", 424242, 1024, true,
                                null, null, "iceberg", "tail1-iceberg1"))),
                new Case("two records of kind backup have the id", s -> withBackup(s, s.backups().get(0))));
        for (Case c : cases) {
            Path file = dir.resolve("bad-" + TALLY.get("rule-breaking data files refused") + ".json");
            Files.write(file, Json.mapper().writeValueAsBytes(c.change().apply(demo)));
            byte[] before = Files.readAllBytes(file);
            assertThatThrownBy(() -> BigVSimulator.start(options(file))).as(c.problem())
                    .isInstanceOf(DataFile.SimDataException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining(c.problem());
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            TALLY.one("rule-breaking data files refused");
        }
    }

    @Test
    void aFileWithTrailingGarbageIsRefused() throws IOException {
        Path file = dir.resolve("estate.json");
        Files.writeString(file, Json.mapper().writeValueAsString(DemoEstate.build(Instant.now())) + "}{\"accounts\":[]}");
        assertThatThrownBy(() -> BigVSimulator.start(options(file)))
                .isInstanceOf(DataFile.SimDataException.class).hasMessageContaining("is not valid simulator data");
        TALLY.one("rule-breaking data files refused");
    }

    private record Case(String problem, UnaryOperator<Snapshot> change) {
    }

    private static SimulatorOptions options(Path file) {
        return SimulatorOptions.builder().dataFile(file).build();
    }

    private static List<Disc> nineDiscsOn(Snapshot s, long vmId) {
        List<Disc> extra = new ArrayList<>();
        long onIt = s.discs().stream().filter(d -> d.virtualMachineId() == vmId).count();
        for (int i = 0; i < 9 - onIt; i++) {
            extra.add(disc(s, 90001 + i, "extra" + i, vmId));
        }
        return extra;
    }

    private static Disc disc(Snapshot s, long id, String label, Long vmId) {
        return Disc.of(id, label, 4096, "sata", "tail1-sata1", vmId);
    }

    private static Snapshot withDiscs(Snapshot s, List<Disc> more) {
        List<Disc> all = new ArrayList<>(s.discs());
        all.addAll(more);
        return new Snapshot(s.nextId() + 100000, s.accounts(), s.groups(), s.virtualMachines(), all);
    }

    private static Snapshot withBackup(Snapshot s, StoredBackup backup) {
        return new Snapshot(s.nextId() + 100000, s.accounts(), s.groups(), s.virtualMachines(), s.discs(),
                plus(s.backups(), backup));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
