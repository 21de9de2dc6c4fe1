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
        // the service may send nulls inside these; keep them rather than fail the whole overview
        ips = ips == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(ips));
        extraIps = extraIps == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extraIps));
    }
}
