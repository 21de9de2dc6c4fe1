package org.bigvdm.settings;

import dev.dirs.BaseDirectories;
import dev.dirs.ProjectDirectories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.bigvdm.files.AtomicFiles;

/**
 * The app's own directories. On Linux they follow XDG ({@code ~/.config/...}, logs and state
 * under {@code ~/.local/state/...}); elsewhere the OS convention via dev.dirs. The system
 * property {@code bigvdm.home} moves all three under one folder, so tests never touch the
 * user's real files.
 */
public record AppDirs(Path config, Path logs, Path state) {

    public static final String APP_NAME = "BigV Disc Manager";
    public static final String HOME_PROPERTY = "bigvdm.home";
    private static final String LINUX_NAME = "bigv-disc-manager";

    /** The directories for this run: {@code bigvdm.home} when set, else the OS's. */
    public static AppDirs current() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return under(Path.of(home));
        }
        return fromOs();
    }

    /** {@code <home>/config}, {@code <home>/logs}, {@code <home>/state}. */
    public static AppDirs under(Path home) {
        Path h = home.toAbsolutePath();
        return new AppDirs(h.resolve("config"), h.resolve("logs"), h.resolve("state"));
    }

    private static AppDirs fromOs() {
        if (isLinux()) {
            // dev.dirs would squash the name to "bigvdiscmanager"; use the package's own name
            Path config = Path.of(BaseDirectories.get().configDir).resolve(LINUX_NAME);
            Path state = xdgStateHome().resolve(LINUX_NAME);
            return new AppDirs(config, state.resolve("logs"), state);
        }
        ProjectDirectories dirs = ProjectDirectories.from("org", "bigvdm", APP_NAME);
        Path state = Path.of(dirs.dataLocalDir);
        return new AppDirs(Path.of(dirs.configDir), state.resolve("logs"), state);
    }

    // dev.dirs 26 has no state directory, so XDG_STATE_HOME is read here.
    private static Path xdgStateHome() {
        String xdg = System.getenv("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(System.getProperty("user.home"), ".local", "state");
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    /** Whether the file system knows POSIX permissions (false on Windows). */
    static boolean posix() {
        return AtomicFiles.posix();
    }

    /**
     * Creates {@code dir} (and parents) readable only by the user where the OS has POSIX
     * permissions; the permission is set at creation so it is never briefly open to others.
     */
    public static Path createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (posix()) {
            return Files.createDirectories(dir,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createDirectories(dir);
    }
}
