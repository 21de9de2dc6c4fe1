package org.bigvdm.api.http;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.UnauthorizedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an {@link ApiCall} with the standard headers, retries a GET once after a dropped
 * connection, and turns failures into typed exceptions. Logs method and path only.
 */
final class Transport {
    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    private static final MediaType JSON = MediaType.get(ApiCall.JSON);
    /** Error bodies are read only this far: a huge HTML page adds nothing to a message. */
    private static final long ERROR_BODY_LIMIT = 64 * 1024;

    private final OkHttpClient client;
    private final String userAgent;

    Transport(OkHttpClient client, String userAgent) {
        this.client = client;
        this.userAgent = userAgent;
    }

    /** Sends the call; any 2xx comes back, any other status is thrown as its ApiException. */
    Answer expectSuccess(ApiCall call) {
        Answer answer = send(call);
        if (!answer.successful()) {
            throw ResponseErrors.forStatus(answer.status(), answer.body(), call.hostLabel(), call.secrets());
        }
        return answer;
    }

    /** Sends the call and returns whatever status came back; only I/O failures throw. */
    Answer send(ApiCall call) {
        try {
            return sendOnce(call);
        } catch (NetworkException e) {
            if (!call.idempotentRead() || e.kind() != NetworkException.Kind.RESET) {
                throw e;
            }
            // Only a dropped connection is retried: a pooled connection the server had already
            // closed is its usual cause, and a second try fixes it. A timeout is not retried, so
            // nobody waits twice the timeout; refused or unknown hosts will not heal in a moment.
            LOG.debug("{} {}: connection dropped, retrying once", call.method(), call.logPath());
            return sendOnce(call);
        }
    }

    private Answer sendOnce(ApiCall call) {
        long started = System.nanoTime();
        LOG.debug("{} {}", call.method(), call.logPath());
        try (Response response = client.newCall(toRequest(call)).execute()) {
            Answer answer = read(response);
            LOG.debug("{} {} -> {} ({} ms)", call.method(), call.logPath(), answer.status(),
                    (System.nanoTime() - started) / 1_000_000);
            return answer;
        } catch (IOException e) {
            NetworkException mapped = NetworkErrors.from(e, call.hostLabel());
            LOG.debug("{} {} failed: {}", call.method(), call.logPath(), mapped.kind());
            throw mapped;
        }
    }

    private Request toRequest(ApiCall call) {
        RequestBody body = call.jsonBody() == null ? null : RequestBody.create(call.jsonBody(), JSON);
        if (body == null && (call.method().equals("POST") || call.method().equals("PUT"))) {
            body = RequestBody.create(new byte[0], null); // "no body": empty, and no Content-Type
        }
        Request.Builder builder = new Request.Builder()
                .url(call.url())
                .header("Accept", call.accept())
                .header("User-Agent", userAgent)
                .method(call.method(), body);
        if (call.token() != null) {
            builder.header("Authorization", "Bearer " + requireHeaderSafe(call.token()));
        }
        return builder.build();
    }

    /** A damaged stored token must not make OkHttp throw a message that might quote it. */
    private static String requireHeaderSafe(String token) {
        if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new UnauthorizedException("The saved sign-in is damaged; please sign in again");
        }
        return token;
    }

    private static Answer read(Response response) throws IOException {
        ResponseBody body = response.body();
        String contentType = response.header("Content-Type", "");
        String text = response.isSuccessful()
                ? body.string()
                : response.peekBody(ERROR_BODY_LIMIT).string();
        return new Answer(response.code(), text, contentType);
    }
}
