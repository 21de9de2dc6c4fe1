package org.bigvdm.api.model;

/**
 * The body of an add-schedule request: a backup every {@code intervalSeconds} from
 * {@code startAt} ({@code "HH:MM"}, RFC 3339 or {@code "YYYY-MM-DD hh:mm:ss ZONE"}; UK time when no
 * zone is given), keeping the newest {@code capacity}. Check it with {@link BackupRules} first.
 */
public record BackupScheduleSpec(String startAt, long intervalSeconds, long capacity) {
}
