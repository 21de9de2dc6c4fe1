package org.bigvdm.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AppDirsTest {
    @Test
    void bigvdmHomeKeepsTestsAwayFromTheUsersFiles() {
        Path home = Path.of(System.getProperty("bigvdm.home")).toAbsolutePath();
        AppDirs dirs = AppDirs.current();
        assertThat(dirs.config()).isEqualTo(home.resolve("config"));
        assertThat(dirs.logs()).isEqualTo(home.resolve("logs"));
        assertThat(dirs.state()).isEqualTo(home.resolve("state"));
    }
}
