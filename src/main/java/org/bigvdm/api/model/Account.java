package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A customer account; {@code groups} is filled only by {@code view=overview} requests. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Account(long id, String name, boolean suspended, List<Group> groups) {
    public Account {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
