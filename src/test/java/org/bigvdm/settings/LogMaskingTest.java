package org.bigvdm.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs through the real log configuration (LogConfigurator): the file under bigvdm.home/logs must hold no secret. */
class LogMaskingTest {
    private static final Logger LOG = LoggerFactory.getLogger(LogMaskingTest.class);

    @Test
    void logFileHoldsNoSecrets() throws Exception {
        String marker = "mask-test-" + UUID.randomUUID();
        List<String> secrets = List.of("s3ss10nT0k3n", "k3yS3cr3t", "hunter2\\\"x", "sl1d1ngT0k", "pl41nPw");

        LOG.info("{} Authorization: Bearer s3ss10nT0k3n", marker);
        LOG.info("{} key apikey.k3yS3cr3t in use", marker);
        LOG.info("{} body {\"username\":\"alice\",\"password\":\"hunter2\\\"x\",\"validity\":\"1800\"}", marker);
        LOG.warn("{} GET https://auth.bytemark.co.uk/session/sl1d1ngT0k failed", marker);
        LOG.info("{} failed", marker, new IllegalStateException("password=pl41nPw rejected for Bearer s3ss10nT0k3n"));

        List<String> lines = Files.readAllLines(Logging.logFile());
        String ours = String.join("\n", lines.stream()
                .dropWhile(l -> !l.contains(marker)).toList());
        assertThat(ours).contains(marker).contains("Bearer ***").contains("apikey.***")
                .contains("\"password\":\"***\"").contains("/session/***").contains("alice");
        for (String secret : secrets) {
            assertThat(ours).doesNotContain(secret);
        }
    }

    /** Issue 12, finding 1: forms the masker used to miss. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "password=\"hunter2\"|password=\"***\"",
        "password='hunter2'|password='***'",
        "password: \"hunter2\" rejected|password: \"***\" rejected",
        "Authorization: Token 9f8e7d6c5b4a|Authorization: Token ***",
        "Token token=abc123def|Token token=***",
        "secret=hunter2|secret=***",
        "client_secret=hunter2&x=1|client_secret=***&x=1",
        "GET https://alice:hunter2@example.com/x|GET https://alice:***@example.com/x",
        "{\"2fa\": 123456}|{\"2fa\": ***}",
        "{\"yubikey\":\"cccjgjgkhcbb\"}|{\"yubikey\":\"***\"}",
        "refresh_token=r3fr3sh|refresh_token=***",
        "Authorization: Basic YWxpY2U6aHVudGVyMg==|Authorization: Basic ***",
        "`{\\\"password\\\":\\\"hunt\\\\\\\"er\\\"}`|`{\\\"password\\\":\\\"***\\\"}`",
    })
    void maskerCatchesEveryFormOfASecret(String line, String masked) {
        assertThat(SecretMasker.mask(line)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Token expired, sign in again", "keymap: en-gb", "passwords must match",
        "https://example.com/path", "Resized disc root on web1 to 25600 MiB", "tokens: 3 issued"})
    void ordinaryTextStaysAsItIs(String line) {
        assertThat(SecretMasker.mask(line)).isEqualTo(line);
    }

    @Test
    void maskerLeavesOrdinaryTextAlone() {
        assertThat(SecretMasker.mask("Resized disc root on web1 to 25600 MiB")).isEqualTo("Resized disc root on web1 to 25600 MiB");
        assertThat(SecretMasker.mask("token: abc.def")).isEqualTo("token: ***");
    }
}
