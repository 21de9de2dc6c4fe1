package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A group of servers inside an account; every account has one named {@code default}.
 * {@code id} and {@code name} are required.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Group(
        @JsonProperty(required = true) long id,
        long accountId,
        @JsonProperty(required = true) String name,
        List<VirtualMachine> virtualMachines) {
    public Group {
        virtualMachines = virtualMachines == null ? List.of() : List.copyOf(virtualMachines);
    }
}
