package org.bigvdm.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.net.URI;
import org.bigvdm.api.Endpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

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
}
