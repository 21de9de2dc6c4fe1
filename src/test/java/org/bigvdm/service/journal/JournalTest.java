package org.bigvdm.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.error.AuthException;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.DiscChanges;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.settings.Settings;
import org.bigvdm.testutil.FakeAuthApi;
import org.bigvdm.testutil.FakeEstateApi;
import org.bigvdm.testutil.MemoryTokenStore;
import org.bigvdm.testutil.TestSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal records every change and session event, one synced JSON line each, and never a secret. */
class JournalTest {
    private static final String TOKEN = "tok-Secret-7f3a9";
    private static final String PASSWORD = "pw-Hunter2-zz";

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:15:30Z"), ZoneOffset.UTC);
    private final FakeAuthApi auth = new FakeAuthApi();
    private final FakeEstateApi api = new FakeEstateApi() {
        @Override
        public Disc resizeDisc(VmRef vm, String disc, long newSizeMib) {
            return Disc.of(Long.parseLong(disc), "root", newSizeMib, "sata", "tail1-sata1", 11L);
        }
    };
    private final TaskRunner runner = ImmediateTaskRunner.create();
    private final AccessRights access = new AccessRights();
    private final SessionService session = new TestSessions(auth, tokens -> api)
            .service(new MemoryTokenStore(), Settings.defaults(), TestSessions.NO_TOOL, access, runner);
    private final EstateService estate = new EstateService(session, runner, clock);
    private final ChangeService changes = new ChangeService(session, estate, access, runner, clock);

    private Journal journal(Path dir) {
        Journal journal = new Journal(new JournalStore(dir), Runnable::run, Runnable::run, clock);
        journal.listenTo(changes, session);
        return journal;
    }

    @Test
    void signInChangeFailedSignInAndSignOutAreEachOneLineAndNoSecretIsWritten(@TempDir Path dir) throws Exception {
        Journal journal = journal(dir);
        auth.token(TOKEN);
        session.signInWithPassword(Endpoints.BYTEMARK_CLOUD, Credentials.of("alice", PASSWORD.toCharArray())).start();
        estate.refreshAll();
        ServerEntry web1 = estate.estate().server(11).orElseThrow();
        changes.prepare(DiscChanges.resize(ServerTarget.of(web1), web1.vm().discs().get(0), 51200), o -> { },
                () -> { }).start();
        auth.answer(() -> {
            throw new AuthException(401, AuthException.Reason.BAD_CREDENTIALS, "bad " + PASSWORD);
        });
        session.signInWithPassword(Endpoints.BYTEMARK_CLOUD, Credentials.of("mallory", PASSWORD.toCharArray()))
                .start();
        session.signOut();

        Path file = dir.resolve("journal-2026-11.jsonl");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(TOKEN).doesNotContain(PASSWORD).doesNotContainIgnoringCase("hunter2");
        List<JournalEntry> entries = new ArrayList<>();
        journal.read().lines().forEach(l -> entries.add(l.entry()));
        assertThat(entries).extracting(JournalEntry::event).containsExactly(JournalEntry.Event.SIGN_OUT,
                JournalEntry.Event.SIGN_IN_FAILED, JournalEntry.Event.CHANGE, JournalEntry.Event.SIGN_IN);
        assertThat(entries.get(1).user()).isEqualTo("mallory");
        assertThat(entries.get(1).outcome()).isEqualTo(JournalEntry.Outcome.REFUSED);
        JournalEntry resize = entries.get(2);
        assertThat(resize.user()).isEqualTo("alice");
        assertThat(resize.endpoint()).isEqualTo(Endpoints.BYTEMARK_CLOUD.brain().toString());
        assertThat(List.of(resize.account(), resize.group(), resize.server(), resize.disc()))
                .containsExactly("acme", "default", "web1", "root");
        assertThat(resize.what()).isEqualTo("Resize disc root on web1: size 25 GiB → 50 GiB");
        assertThat(resize.before()).isEqualTo(Map.of("size", 25600));
        assertThat(resize.outcome()).isEqualTo(JournalEntry.Outcome.DONE);
        assertThat(resize.at()).isEqualTo(clock.instant());
        assertThat(Files.readAllLines(file)).hasSize(4);
    }

    @Test
    void eachMonthHasItsOwnFileAndReadingGivesNewestFirst(@TempDir Path dir) throws Exception {
        JournalStore store = new JournalStore(dir);
        store.append(session("a", "2026-10-31T23:59:59Z"));
        store.append(session("b", "2026-11-01T00:00:00Z"));
        store.append(session("c", "2026-11-02T00:00:00Z"));

        assertThat(store.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("journal-2026-10.jsonl", "journal-2026-11.jsonl");
        assertThat(store.read().lines()).extracting(l -> l.entry().user()).containsExactly("c", "b", "a");
    }

    @Test
    void aDamagedLineIsSkippedAndReportedAndTheRestIsRead(@TempDir Path dir) throws Exception {
        JournalStore store = new JournalStore(dir);
        store.append(session("a", "2026-11-01T00:00:00Z"));
        Files.writeString(dir.resolve("journal-2026-11.jsonl"), "{\"at\":\"2026-11-01T00:00:01Z\",\"eve\n",
                java.nio.file.StandardOpenOption.APPEND);
        store.append(session("b", "2026-11-02T00:00:00Z"));

        JournalRead read = store.read();

        assertThat(read.lines()).extracting(l -> l.entry().user()).containsExactly("b", "a");
        assertThat(read.damaged()).isEqualTo(1);
        assertThat(read.damagedReport()).isEqualTo("1 damaged line in journal-2026-11.jsonl was skipped");
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedOnceAndEntriesStillReachThePanel(@TempDir Path dir) throws Exception {
        Path blocked = dir.resolve("journal");
        Files.writeString(blocked, "a file where the folder should be");
        List<String> problems = new ArrayList<>();
        List<JournalLine> seen = new ArrayList<>();
        Journal journal = new Journal(new JournalStore(blocked), Runnable::run, Runnable::run, clock);
        journal.problemProperty().addListener((o, was, now) -> problems.add(now));
        journal.subscribe(seen::add);

        journal.record(session("a", "2026-11-01T00:00:00Z"));
        journal.record(session("b", "2026-11-01T00:00:01Z"));

        assertThat(problems).singleElement().asString().startsWith("The activity journal cannot be written");
        assertThat(seen).hasSize(2);
    }

    private static JournalEntry session(String user, String at) {
        return new JournalEntry(Instant.parse(at), JournalEntry.Event.SIGN_IN, user, "https://x", null, null, null,
                null, null, null, null, "Signed in", null, null, null, JournalEntry.Outcome.DONE, null);
    }
}
