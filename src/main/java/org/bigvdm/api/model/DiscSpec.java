package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of a create-disc request. A null label lets the service pick {@code disc-N};
 * a null grade means the service default ({@code sata}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscSpec(String label, long size, String storageGrade) {
}
