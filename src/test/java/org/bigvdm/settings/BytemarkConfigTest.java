package org.bigvdm.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BytemarkConfigTest {
    @TempDir
    Path home;

    private void write(Path dir, String name, String value) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), value);
    }

    @Test
    void readsTrimmedFilesFromDotBytemark() throws Exception {
        Path dir = home.resolve(".bytemark");
        write(dir, "token", "  tok123\n");
        write(dir, "user", "alice\n");
        write(dir, "account", "acme\n");
        write(dir, "endpoint", "https://uk0.bigv.io\n");
        write(dir, "auth-endpoint", "https://auth.bytemark.co.uk\n");

        BytemarkConfig c = BytemarkConfig.read(Map.of(), home);

        assertThat(c.token()).contains("tok123");
        assertThat(c.user()).contains("alice");
        assertThat(c.account()).contains("acme");
        assertThat(c.endpoint()).contains("https://uk0.bigv.io");
        assertThat(c.authEndpoint()).contains("https://auth.bytemark.co.uk");
        assertThat(c.toString()).doesNotContain("tok123");
    }

    @Test
    void environmentWinsOverFilesAndConfigDirMoves() throws Exception {
        Path dir = home.resolve("elsewhere");
        write(dir, "token", "tok-elsewhere");
        write(dir, "user", "file-user");
        write(dir, "account", "file-account");
        write(home.resolve(".bytemark"), "token", "tok-default-dir");

        BytemarkConfig c = BytemarkConfig.read(Map.of(
                "BM_CONFIG_DIR", dir.toString(),
                "BM_USER", "env-user",
                "BM_ACCOUNT", "env-account",
                "BM_ENDPOINT", "http://127.0.0.1:9000",
                "BM_AUTH_ENDPOINT", "http://127.0.0.1:9001"), home);

        assertThat(c.token()).contains("tok-elsewhere");
        assertThat(c.user()).contains("env-user");
        assertThat(c.account()).contains("env-account");
        assertThat(c.endpoint()).contains("http://127.0.0.1:9000");
        assertThat(c.authEndpoint()).contains("http://127.0.0.1:9001");
    }

    @Test
    void nothingSavedMeansAllEmpty() {
        BytemarkConfig c = BytemarkConfig.read(Map.of("BM_USER", "  "), home);
        assertThat(c.token()).isEmpty();
        assertThat(c.user()).isEmpty();
        assertThat(c.endpoint()).isEmpty();
    }
}
