package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A group of servers inside an account; every account has one named {@code default}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Group(long id, long accountId, String name, List<VirtualMachine> virtualMachines) {
    public Group {
        virtualMachines = virtualMachines == null ? List.of() : List.copyOf(virtualMachines);
    }
}
