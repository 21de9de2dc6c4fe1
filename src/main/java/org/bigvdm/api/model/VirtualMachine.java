package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A server. Sizes in MiB. Optional fields may be null on the wire. {@code head} is the name of
 * the host the server runs on (e.g. {@code "head212"}), null while it is off: a string, never a
 * boolean. {@code id} and {@code name} are required.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VirtualMachine(
        @JsonProperty(required = true) long id,
        @JsonProperty(required = true) String name,
        long groupId,
        int cores,
        long memory,
        boolean powerOn,
        boolean autorebootOn,
        boolean deleted,
        String hostname,
        String zoneName,
        String hardwareProfile,
        boolean hardwareProfileLocked,
        String managementAddress,
        String cdromUrl,
        String head,
        String keymap,
        String lastImagedWith,
        List<Disc> discs,
        List<NetworkInterface> networkInterfaces) {

    public VirtualMachine {
        discs = discs == null ? List.of() : List.copyOf(discs);
        networkInterfaces = networkInterfaces == null ? List.of() : List.copyOf(networkInterfaces);
        zoneName = SharedText.of(zoneName);
        hardwareProfile = SharedText.of(hardwareProfile);
        head = SharedText.of(head);
        keymap = SharedText.of(keymap);
        lastImagedWith = SharedText.of(lastImagedWith);
    }

    /** A server whose hardware profile is not locked (the usual case). */
    public VirtualMachine(long id, String name, long groupId, int cores, long memory, boolean powerOn,
                          boolean autorebootOn, boolean deleted, String hostname, String zoneName,
                          String hardwareProfile, String managementAddress, String cdromUrl, String head,
                          String keymap, String lastImagedWith, List<Disc> discs,
                          List<NetworkInterface> networkInterfaces) {
        this(id, name, groupId, cores, memory, powerOn, autorebootOn, deleted, hostname, zoneName, hardwareProfile,
                false, managementAddress, cdromUrl, head, keymap, lastImagedWith, discs, networkInterfaces);
    }

    /** Total size of all discs, MiB. */
    public long totalDiscMib() {
        long total = 0;
        for (Disc disc : discs) {
            total += disc.size();
        }
        return total;
    }

    /** The same server with these discs. */
    public VirtualMachine withDiscs(List<Disc> newDiscs) {
        return new VirtualMachine(id, name, groupId, cores, memory, powerOn, autorebootOn, deleted, hostname,
                zoneName, hardwareProfile, hardwareProfileLocked, managementAddress, cdromUrl, head, keymap,
                lastImagedWith, newDiscs, networkInterfaces);
    }

    /** The same server with its power state and the host it runs on (null when off). */
    public VirtualMachine withPower(boolean newPowerOn, boolean newAutoreboot, String newHead) {
        return new VirtualMachine(id, name, groupId, cores, memory, newPowerOn, newAutoreboot, deleted, hostname,
                zoneName, hardwareProfile, hardwareProfileLocked, managementAddress, cdromUrl, newHead, keymap,
                lastImagedWith, discs, networkInterfaces);
    }
}
