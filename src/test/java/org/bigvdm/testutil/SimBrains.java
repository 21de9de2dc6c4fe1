package org.bigvdm.testutil;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.http.HttpBrainClient;
import org.bigvdm.api.http.HttpClients;
import org.bigvdm.sim.testing.SimulatorExtension;

/**
 * The app's real brain client on a test's simulator, signed in as {@code demo}, writing down
 * every write it sends ("PUT /accounts/.../discs/12"): tests that a lost answer is settled by
 * reading, never by sending again, count them.
 */
public final class SimBrains {
    /** The writes sent (method and path), in order. */
    public final List<String> writes = new CopyOnWriteArrayList<>();
    public final BrainApi api;
    /** The next write is made, and its answer lost on the way back (as a cut connection). */
    public volatile boolean loseNextAnswer;

    public SimBrains(SimulatorExtension sim) {
        ClientConfig config = ClientConfig.defaults(Endpoints.single(sim.baseUri()), "test")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
        String token = sim.demoToken();
        OkHttpClient counting = HttpClients.create(config).newBuilder().addInterceptor(chain -> {
            String method = chain.request().method();
            if (!method.equals("GET")) {
                writes.add(method + " " + chain.request().url().encodedPath());
                if (loseNextAnswer) {
                    loseNextAnswer = false;
                    chain.proceed(chain.request()).close();
                    throw new IOException("the answer was lost (test)");
                }
            }
            return chain.proceed(chain.request());
        }).build();
        api = new HttpBrainClient(counting, config, () -> token);
    }
}
