package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A disc's backup schedule: a backup every {@code intervalSeconds} from {@code startAt}, keeping
 * the newest {@code capacity} scheduled ones. {@code startAt} is {@code "HH:MM"}, RFC 3339 or
 * {@code "YYYY-MM-DD hh:mm:ss ZONE"}. Every field may be absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackupSchedule(Long id, String startAt, Integer intervalSeconds, Integer capacity) {

    /**
     * Reads {@code start_at}, or {@code start_date} as one public answer calls it ({@code start_at}
     * wins when both come). Two parameters rather than an alias: an alias seen after all of a
     * record's fields would make Jackson fail the whole answer.
     */
    @JsonCreator
    static BackupSchedule read(@JsonProperty("id") Long id, @JsonProperty("start_at") String startAt,
                               @JsonProperty("start_date") String startDate,
                               @JsonProperty("interval_seconds") Integer intervalSeconds,
                               @JsonProperty("capacity") Integer capacity) {
        return new BackupSchedule(id, startAt != null ? startAt : startDate, intervalSeconds, capacity);
    }
}
