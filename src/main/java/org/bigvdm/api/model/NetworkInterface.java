package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A server's network interface; {@code label} is often null. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkInterface(
        long id,
        String label,
        String mac,
        Integer vlanNum,
        List<String> ips,
        Map<String, Object> extraIps,
        Long virtualMachineId) {

    public NetworkInterface {
        ips = ips == null ? List.of() : List.copyOf(ips);
        extraIps = extraIps == null ? Map.of() : Map.copyOf(extraIps);
    }
}
