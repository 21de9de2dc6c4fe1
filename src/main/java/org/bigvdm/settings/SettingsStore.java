package org.bigvdm.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.bigvdm.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.json} in the config directory. A damaged file never stops
 * the app: it is moved aside as {@code settings.json.corrupt-<timestamp>}, defaults are used,
 * and {@link Loaded#warning()} says so in words the UI can show.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What {@link #load()} found; {@code warning} is set when the file was damaged or unreadable. */
    public record Loaded(Settings settings, Optional<String> warning) {
    }

    public SettingsStore(Path configDir, Clock clock) {
        this.file = configDir.resolve(FILE_NAME);
        this.clock = clock;
    }

    public static SettingsStore forApp(AppDirs dirs) {
        return new SettingsStore(dirs.config(), Clock.systemUTC());
    }

    public Path file() {
        return file;
    }

    /** Never throws: a missing file gives defaults, a damaged one gives defaults and a warning. */
    public Loaded load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.defaults(), Optional.empty());
        } catch (IOException e) {
            LOG.warn("Could not read settings file {}: {}", file, e.toString());
            return new Loaded(Settings.defaults(),
                    Optional.of("Your settings could not be read (" + e.getMessage() + "), so the defaults are used."));
        }
        try {
            Settings s = json.readValue(bytes, Settings.class);
            return new Loaded(s == null ? Settings.defaults() : s, Optional.empty());
        } catch (IOException e) {
            // JacksonException: the content is damaged; anything else is treated the same way
            return replaceCorrupt(e);
        }
    }

    private Loaded replaceCorrupt(IOException cause) {
        String reason = cause instanceof JacksonException j ? j.getOriginalMessage() : cause.toString();
        Settings defaults = Settings.defaults();
        try {
            Path aside = DamagedFiles.keepAside(file, clock);
            LOG.warn("Settings file {} is damaged ({}); kept it as {} and using defaults", file, reason, aside);
            save(defaults);
            return new Loaded(defaults, Optional.of("Your settings file was damaged, so the defaults are used. "
                    + "The old file was kept as " + aside.getFileName() + "."));
        } catch (IOException e) {
            LOG.warn("Settings file {} is damaged ({}) and could not be moved aside: {}", file, reason, e.toString());
            return new Loaded(defaults, Optional.of("Your settings file was damaged, so the defaults are used."));
        }
    }

    /** Writes all settings at once (temp file + rename), creating the config directory if needed. */
    public void save(Settings settings) throws IOException {
        AppDirs.createPrivateDirectories(file.getParent());
        AtomicFiles.write(file, json.writeValueAsBytes(settings), null);
    }
}
