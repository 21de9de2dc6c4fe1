package org.bigvdm.service.session;

import java.util.Optional;
import org.bigvdm.api.Endpoints;

/**
 * What the official {@code bytemark} tool has saved, as the sign-in dialog offers it: its user
 * name, another service it points at, and whether it holds a token. Never the token itself.
 *
 * @param tokenIsApiKey   the saved token is an API key rather than a session
 * @param otherBrainUrl   the tool's API URL when it is not Bytemark Cloud
 * @param endpoints       where the tool's token belongs, or null when its settings name no usable service
 * @param endpointProblem why the tool's endpoints cannot be used, or "" when they can
 */
public record ToolChoice(boolean hasToken, boolean tokenIsApiKey, Optional<String> user, Optional<String> otherBrainUrl,
                         Optional<String> authUrl, Endpoints endpoints, String endpointProblem) {
}
