package org.bigvdm.ui.signin;

import java.util.Optional;
import org.bigvdm.api.Endpoints;
import org.bigvdm.settings.BytemarkConfig;

/** Which service the official bytemark tool's settings point at. */
final class BytemarkToolEndpoints {
    private BytemarkToolEndpoints() {
    }

    /** The tool's endpoints, Bytemark Cloud for any it does not name; throws if one is unusable. */
    static Endpoints of(BytemarkConfig config) {
        return Endpoints.parse(config.endpoint().orElse(Endpoints.BYTEMARK_CLOUD.brain().toString()),
                config.authEndpoint().orElse(Endpoints.BYTEMARK_CLOUD.auth().toString()));
    }

    /** The tool's API URL when it names a service other than Bytemark Cloud. */
    static Optional<String> otherService(BytemarkConfig config) {
        return config.endpoint().filter(e -> !isBytemarkCloud(e));
    }

    private static boolean isBytemarkCloud(String url) {
        String brain = Endpoints.BYTEMARK_CLOUD.brain().toString();
        return url.equals(brain) || url.equals(brain + "/");
    }
}
