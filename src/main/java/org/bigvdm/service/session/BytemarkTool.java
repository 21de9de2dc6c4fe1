package org.bigvdm.service.session;

import java.util.Optional;
import org.bigvdm.api.ApiKeys;
import org.bigvdm.api.Endpoints;
import org.bigvdm.settings.BytemarkConfig;

/** What the official bytemark tool saved, read as this app uses it. */
final class BytemarkTool {
    private final BytemarkConfig config;

    BytemarkTool(BytemarkConfig config) {
        this.config = config;
    }

    Optional<String> token() {
        return config.token();
    }

    String user() {
        return config.user().orElse("");
    }

    /** The tool's endpoints, Bytemark Cloud for any it does not name; throws if one is unusable. */
    Endpoints endpoints() {
        return Endpoints.parse(config.endpoint().orElse(Endpoints.BYTEMARK_CLOUD.brain().toString()),
                config.authEndpoint().orElse(Endpoints.BYTEMARK_CLOUD.auth().toString()));
    }

    ToolChoice choice() {
        Endpoints endpoints = null;
        String problem = "";
        try {
            endpoints = endpoints();
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        return new ToolChoice(config.token().isPresent(), config.token().filter(ApiKeys::isApiKey).isPresent(),
                config.user(), config.endpoint().filter(e -> !isBytemarkCloud(e)), config.authEndpoint(), endpoints,
                problem);
    }

    private static boolean isBytemarkCloud(String url) {
        String brain = Endpoints.BYTEMARK_CLOUD.brain().toString();
        return url.equals(brain) || url.equals(brain + "/");
    }
}
