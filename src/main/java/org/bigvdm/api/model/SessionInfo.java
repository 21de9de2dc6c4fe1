package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What {@code GET /session/{token}} tells about a session. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionInfo(String username, List<String> factors, List<String> groupMemberships) {
    public SessionInfo {
        factors = factors == null ? List.of() : List.copyOf(factors);
        groupMemberships = groupMemberships == null ? List.of() : List.copyOf(groupMemberships);
    }
}
