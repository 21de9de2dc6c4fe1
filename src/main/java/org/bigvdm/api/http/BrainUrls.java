package org.bigvdm.api.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import org.bigvdm.api.model.VmRef;

/**
 * Builds brain URLs segment by segment, so names are percent-encoded and can never add, drop or
 * climb out of a path level (an empty, "." or ".." segment is refused: OkHttp would resolve
 * ".." and turn a disc purge into a request on the server itself).
 */
final class BrainUrls {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private final HttpUrl base;

    BrainUrls(URI brain) {
        this.base = HttpUrl.get(brain);
    }

    HttpUrl.Builder path(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            b.addEncodedPathSegment(encoded(checked(s)));
        }
        return b;
    }

    HttpUrl.Builder vm(VmRef vm, String... more) {
        HttpUrl.Builder b = path("accounts", vm.account(), "groups", vm.group(), "virtual_machines", vm.vm());
        for (String s : more) {
            b.addEncodedPathSegment(encoded(checked(s)));
        }
        return b;
    }

    /**
     * UTF-8 percent-encoding of everything but RFC 3986's unreserved characters. OkHttp's own
     * encoding leaves "[", "]", "^" and more as they are, which RFC 3986 does not allow in a path
     * and strict servers refuse (the JDK's server behind the simulator answered 400 for a disc
     * labelled "]"); "+" is encoded too, as some servers read it as a space.
     */
    static String encoded(String segment) {
        StringBuilder b = new StringBuilder(segment.length() + 8);
        for (byte x : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return b.toString();
    }

    static String checked(String segment) {
        if (segment == null || segment.isBlank() || segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException("Not a usable name or id in an address: '" + segment + "'");
        }
        return segment;
    }
}
