package org.bigvdm.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void missingFileGivesDefaultsWithoutWarning() {
        SettingsStore.Loaded loaded = new SettingsStore(dir, clock).load();
        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.settings().getTheme()).isEqualTo("light");
        assertThat(loaded.settings().isAutoRefresh()).as("auto-refresh is off until asked for").isFalse();
    }

    @Test
    void everythingSurvivesARoundTrip() throws Exception {
        Settings s = Settings.defaults();
        s.setCustomEndpoint(true);
        s.setBrainUrl("http://127.0.0.1:8080");
        s.setAuthUrl("http://127.0.0.1:8080");
        s.setUsername("alice");
        s.setSelectedNodePath("acme/default/web1");
        s.setWindow(new WindowBounds(10, 20, 1100, 700, true));
        s.setDividerPosition(0.3);
        s.setColumnWidths(Map.of("label", 120.0, "size", 80.0));
        s.setTheme("dark");
        s.setAutoRefresh(true);
        s.setShowDeleted(true);

        new SettingsStore(dir.resolve("config"), clock).save(s);
        Settings back = new SettingsStore(dir.resolve("config"), clock).load().settings();

        assertThat(back).usingRecursiveComparison().isEqualTo(s);
        try (var files = Files.list(dir.resolve("config"))) {
            assertThat(files).as("no temp file left behind")
                    .containsExactly(dir.resolve("config").resolve("settings.json"));
        }
    }

    @Test
    void corruptFileIsReportedKeptAsideAndReplacedByDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"dark\", oops");

        SettingsStore.Loaded loaded = new SettingsStore(dir, clock).load();

        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("damaged")
                .contains("settings.json.corrupt-20261129-080000-000"));
        assertThat(loaded.settings().getTheme()).isEqualTo("light");
        assertThat(dir.resolve("settings.json.corrupt-20261129-080000-000")).hasContent("{\"theme\": \"dark\", oops");
        assertThat(new SettingsStore(dir, clock).load().warning()).as("replaced by a good file").isEmpty();
    }

    @Test
    void unknownThemeFallsBackToLight() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"purple\", \"futureField\": 1}");
        SettingsStore.Loaded loaded = new SettingsStore(dir, clock).load();
        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.settings().getTheme()).isEqualTo("light");
    }
}
