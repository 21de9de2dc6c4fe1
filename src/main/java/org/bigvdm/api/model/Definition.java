package org.bigvdm.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** One entry of {@code GET /definitions}: an id and free-form data. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Definition(String id, JsonNode data) {
}
