package org.bigvdm.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NullTolerantRecordsTest {
    @Test
    void nullsInsideIpListsDoNotSinkTheWholeServer() throws Exception {
        NetworkInterface nic = Json.mapper().readValue(
                "{\"id\":1,\"label\":null,\"ips\":[\"192.0.2.1\",null],\"extra_ips\":{\"192.0.2.9\":null}}",
                NetworkInterface.class);
        assertThat(nic.ips()).containsExactly("192.0.2.1", null);
        assertThat(nic.extraIps()).containsKey("192.0.2.9");
        assertThat(nic.label()).isNull();
    }
}
