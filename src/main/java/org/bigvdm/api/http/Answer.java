package org.bigvdm.api.http;

/** A received answer: status, body text (possibly empty) and the Content-Type header (or ""). */
record Answer(int status, String body, String contentType) {
    boolean successful() {
        return status >= 200 && status < 300;
    }

    boolean emptyBody() {
        return body == null || body.isBlank();
    }
}
