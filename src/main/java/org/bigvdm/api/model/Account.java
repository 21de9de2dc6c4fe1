package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A customer account; {@code groups} is filled only by {@code view=overview} requests.
 * {@code id} and {@code name} are required.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Account(
        @JsonProperty(required = true) long id,
        @JsonProperty(required = true) String name,
        boolean suspended,
        List<Group> groups) {
    public Account {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
