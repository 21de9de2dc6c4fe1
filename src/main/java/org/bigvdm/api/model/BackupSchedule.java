package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A disc's backup schedule: a backup every {@code intervalSeconds} from {@code startAt}, keeping
 * the newest {@code capacity} scheduled ones. {@code startAt} is {@code "HH:MM"}, RFC 3339 or
 * {@code "YYYY-MM-DD hh:mm:ss ZONE"}; one public answer calls it {@code start_date}, so both names
 * are read (and {@code start_at} is written). Every field may be absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackupSchedule(
        Long id,
        @JsonAlias("start_date") String startAt,
        Integer intervalSeconds,
        Integer capacity) {
}
