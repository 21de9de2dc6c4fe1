package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A server. Sizes in MiB. Optional fields may be null on the wire. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VirtualMachine(
        long id,
        String name,
        long groupId,
        int cores,
        long memory,
        boolean powerOn,
        boolean autorebootOn,
        boolean deleted,
        String hostname,
        String zoneName,
        String hardwareProfile,
        String managementAddress,
        String cdromUrl,
        boolean head,
        String keymap,
        String lastImagedWith,
        List<Disc> discs,
        List<NetworkInterface> networkInterfaces) {

    public VirtualMachine {
        discs = discs == null ? List.of() : List.copyOf(discs);
        networkInterfaces = networkInterfaces == null ? List.of() : List.copyOf(networkInterfaces);
    }

    /** Total size of all discs, MiB. */
    public long totalDiscMib() {
        return discs.stream().mapToLong(Disc::size).sum();
    }
}
