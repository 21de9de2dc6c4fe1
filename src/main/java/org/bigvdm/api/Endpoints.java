package org.bigvdm.api;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * The brain and auth base URLs. Plain {@code http://} is refused except on loopback (the
 * simulator); TLS checks are never turned off.
 */
public record Endpoints(URI brain, URI auth) {

    public static final Endpoints BYTEMARK_CLOUD =
            new Endpoints(URI.create("https://uk0.bigv.io"), URI.create("https://auth.bytemark.co.uk"));

    public Endpoints {
        Objects.requireNonNull(brain, "brain");
        Objects.requireNonNull(auth, "auth");
        check(brain, "API");
        check(auth, "Auth");
        brain = trimSlash(brain);
        auth = trimSlash(auth);
    }

    /** Both services on one base URL, as the simulator serves them. */
    public static Endpoints single(URI base) {
        return new Endpoints(base, base);
    }

    /** Parses user input; throws IllegalArgumentException with a readable message. */
    public static Endpoints parse(String brain, String auth) {
        return new Endpoints(parseUri(brain, "API"), parseUri(auth == null || auth.isBlank() ? brain : auth, "Auth"));
    }

    public boolean isLoopback() {
        return isLoopbackHost(brain.getHost()) && isLoopbackHost(auth.getHost());
    }

    private static URI parseUri(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " URL is empty");
        }
        try {
            return URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " URL is not a valid address: " + text.strip(), e);
        }
    }

    private static void check(URI uri, String what) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException(what + " URL needs a host, like https://uk0.bigv.io");
        }
        if (scheme.equals("https")) {
            return;
        }
        if (scheme.equals("http")) {
            if (isLoopbackHost(uri.getHost())) {
                return;
            }
            throw new IllegalArgumentException(what + " URL uses plain http:// to " + uri.getHost()
                    + "; only https:// is allowed except for this computer (localhost)");
        }
        throw new IllegalArgumentException(what + " URL must start with https://");
    }

    /** Loopback by literal address or the name localhost; never resolves other names via DNS. */
    static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static URI trimSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
