package org.bigvdm.api.http;

import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * One request to send: method, full URL, optional JSON body and bearer token. {@code logPath} is
 * what logs may show (no query, secrets in the path replaced); {@code secrets} must never appear
 * in an exception message even if the server echoes them.
 */
record ApiCall(String method, HttpUrl url, byte[] jsonBody, String token, String accept,
               String logPath, List<String> secrets) {

    static final String JSON = "application/json";

    ApiCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(accept, "accept");
        logPath = logPath == null ? url.encodedPath() : logPath;
        // A token read from a file often ends in a newline; blank means signed out.
        token = token == null || token.isBlank() ? null : token.strip();
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }

    static ApiCall of(String method, HttpUrl url, byte[] jsonBody, String token) {
        List<String> secrets = token == null || token.isBlank() ? List.of() : List.of(token.strip());
        return new ApiCall(method, url, jsonBody, token, JSON, null, secrets);
    }

    ApiCall withLogPath(String path) {
        return new ApiCall(method, url, jsonBody, token, accept, path, secrets);
    }

    ApiCall withAccept(String value) {
        return new ApiCall(method, url, jsonBody, token, value, logPath, secrets);
    }

    /** Adds a value no message may show; null or blank adds nothing. Stripped too, as it is sent. */
    ApiCall withSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            return this;
        }
        var all = new java.util.ArrayList<>(secrets);
        all.add(secret);
        if (!secret.strip().equals(secret)) {
            all.add(secret.strip());
        }
        return new ApiCall(method, url, jsonBody, token, accept, logPath, all);
    }

    /** Method and log path only: the token, body (maybe a password) and query stay out. */
    @Override
    public String toString() {
        return "ApiCall[" + method + " " + logPath + "]";
    }

    /** Only reads may be sent a second time: a lost answer to a write does not mean it failed. */
    boolean idempotentRead() {
        return method.equals("GET");
    }

    /** Host (and port when not the default) for messages. */
    String hostLabel() {
        return hostLabel(url);
    }

    static String hostLabel(HttpUrl url) {
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? url.host() : url.host() + ":" + url.port();
    }
}
