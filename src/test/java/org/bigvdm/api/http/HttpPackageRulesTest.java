package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What package-info promises, checked on the sources (a plain text scan: an ArchUnit import of
 * OkHttp's classes costs ~10 s): no JavaFX, no TLS bypass, no console output, no sleeps.
 */
class HttpPackageRulesTest {
    private static final Path MAIN = Path.of("src/main/java/org/bigvdm/api");
    private static final Path TESTS = Path.of("src/test/java/org/bigvdm/api/http");

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            // package-info names the forbidden things in prose; this file names them as rules.
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith("package-info.java") && !p.endsWith("HttpPackageRulesTest.java"))
                    .toList();
        }
    }

    private static void assertNoneContain(Path root, String... forbidden) throws IOException {
        for (Path file : javaFiles(root)) {
            String code = Files.readString(file);
            for (String word : forbidden) {
                assertThat(code).as("%s must not use %s", file, word).doesNotContain(word);
            }
        }
    }

    @Test
    void clientCodeHasNoJavaFxNoTlsBypassAndNoConsoleOutput() throws IOException {
        assertThat(javaFiles(MAIN)).isNotEmpty();
        assertNoneContain(MAIN, "import javafx", "javafx.application",
                "TrustManager", "HostnameVerifier", "hostnameVerifier(", "sslSocketFactory(",
                "System.out", "System.err", "printStackTrace");
    }

    @Test
    void testsDoNotSleep() throws IOException {
        String sleep = "Thread" + ".sleep";
        assertNoneContain(TESTS, sleep, "System.out");
    }
}
