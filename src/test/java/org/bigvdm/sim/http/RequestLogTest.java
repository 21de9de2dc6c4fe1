package org.bigvdm.sim.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The request count keeps a bounded number of paths apart, whatever a client makes up. */
class RequestLogTest {
    @Test
    void madeUpPathsDoNotGrowItWithoutEnd() {
        RequestLog log = new RequestLog();
        for (int i = 0; i < RequestLog.MAX_KEYS + 100; i++) {
            log.record("GET", "/definitions/x" + i);
        }
        log.record("GET", "/definitions/x0");
        log.record("PUT", "/made/up");

        assertThat(log.all()).hasSize(RequestLog.MAX_KEYS + 1);
        assertThat(log.count("GET", "/definitions/x0")).isEqualTo(2);
        assertThat(log.all().get(RequestLog.OTHER)).isEqualTo(101);
        assertThat(log.writes()).as("paths beyond the limit are not told apart, so not counted as writes").isZero();
        log.clear();
        assertThat(log.all()).isEmpty();
    }

    @Test
    void writesAreEveryMethodButGetAndHead() {
        RequestLog log = new RequestLog();
        log.record("GET", "/accounts");
        log.record("HEAD", "/accounts");
        log.record("POST", "/a/discs");
        log.record("PUT", "/a/discs/1");
        log.record("PUT", "/a/discs/1");
        log.record("DELETE", "/a/discs/1");
        assertThat(log.writes()).isEqualTo(4);
        assertThat(log.count("PUT", "/a/discs/1")).isEqualTo(2);
    }
}
