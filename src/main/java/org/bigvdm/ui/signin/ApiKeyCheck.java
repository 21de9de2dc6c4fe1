package org.bigvdm.ui.signin;

import org.bigvdm.api.Endpoints;

/**
 * Optional check of an API key before it is accepted, e.g. one cheap brain request. Runs off
 * the FX thread; throwing (an {@link org.bigvdm.api.error.ApiException}) means "not accepted".
 */
@FunctionalInterface
public interface ApiKeyCheck {
    void verify(Endpoints endpoints, String apiKey) throws Exception;
}
