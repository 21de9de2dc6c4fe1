package org.bigvdm.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bigvdm.api.Endpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileTokenStoreTest {
    @TempDir
    Path home;

    private final Endpoints sim = Endpoints.single(URI.create("http://127.0.0.1:9000"));

    @Test
    void keyringOffMeansAPrivateFile() {
        assertThat(System.getProperty("bigvdm.keyring")).isEqualTo("off");
        assertThat(TokenStore.open(AppDirs.under(home))).isInstanceOf(FileTokenStore.class);
    }

    @Test
    void savesLoadsAndForgetsPerEndpointAndUser() {
        FileTokenStore store = FileTokenStore.in(AppDirs.under(home));
        store.save(sim, "alice", "tok-a");
        store.save(Endpoints.BYTEMARK_CLOUD, "alice", "tok-cloud");

        assertThat(store.load(sim, "alice")).contains("tok-a");
        assertThat(store.load(Endpoints.BYTEMARK_CLOUD, "alice")).contains("tok-cloud");
        assertThat(store.load(sim, "bob")).isEmpty();

        store.forget(sim, "alice");
        assertThat(store.load(sim, "alice")).isEmpty();
        assertThat(store.load(Endpoints.BYTEMARK_CLOUD, "alice")).contains("tok-cloud");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void fileIs0600AndDirectoryIs0700() throws Exception {
        FileTokenStore store = FileTokenStore.in(AppDirs.under(home));
        store.save(sim, "alice", "tok-a");
        store.save(sim, "alice", "tok-b"); // a rewrite must keep the permissions

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anExistingOpenSecretsFolderIsClosed() throws Exception {
        FileTokenStore store = FileTokenStore.in(AppDirs.under(home));
        Files.createDirectories(store.file().getParent(),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        store.save(sim, "alice", "tok-a");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())))
                .isEqualTo("rwx------");
    }

    /** Issue 12, finding 6: a tokens.json holding null threw NullPointerException on load and save. */
    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"tok\"", "{\"x\": \"tok\", oops", "{\"x\": {\"y\": 1}}", "", "{\"x\":\"t\"}}"})
    void aDamagedTokenFileIsKeptAsideNotDroppedOrThrown(String content) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
        FileTokenStore store = new FileTokenStore(home.resolve("tokens.json"), clock);
        Files.writeString(store.file(), content);

        assertThat(store.load(sim, "alice")).isEmpty();
        Path aside = home.resolve("tokens.json.corrupt-20261129-080000-000");
        assertThat(aside).hasContent(content);
        store.save(sim, "alice", "tok-a");
        assertThat(store.load(sim, "alice")).contains("tok-a");
        assertThat(aside).hasContent(content); // still there for whoever wants the old tokens back
    }

    @Test
    void nullEntriesAreSkipped() throws Exception {
        FileTokenStore store = new FileTokenStore(home.resolve("tokens.json"));
        Files.writeString(store.file(), "{\"a\": null, \"" + TokenStore.entryKey(sim, "bob") + "\": \"tok-b\"}");
        assertThat(store.load(sim, "a")).isEmpty();
        store.save(sim, "alice", "tok-a");
        assertThat(store.load(sim, "bob")).contains("tok-b");
        assertThat(Files.readString(store.file())).doesNotContain("null");
    }

    @Test
    void aTokenFileThatCannotBeReadIsNotOverwritten() throws Exception {
        FileTokenStore store = new FileTokenStore(home.resolve("tokens.json"));
        Files.createDirectories(store.file()); // reading it fails, so saving must not replace it
        assertThat(store.load(sim, "alice")).isEmpty();
        assertThatThrownBy(() -> store.save(sim, "alice", "tok-a")).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("could not be read").hasMessageNotContaining("tok-a");
        assertThat(store.file()).isDirectory();
    }
}
