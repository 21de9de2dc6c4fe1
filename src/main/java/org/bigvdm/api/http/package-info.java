/**
 * The OkHttp implementations of {@link org.bigvdm.api.BrainApi} and {@link org.bigvdm.api.AuthApi}:
 * URL building, headers, JSON (de)serialisation, timeouts, the one retry allowed for reads, and
 * the mapping of HTTP statuses and I/O failures to {@link org.bigvdm.api.error.ApiException}s.
 *
 * <p>What may not live here: JavaFX (never, not even a Platform call), UI or service logic,
 * and anything that weakens TLS (no custom TrustManager or HostnameVerifier). Nothing here
 * logs or puts into a message a token, password, header or query string.
 */
package org.bigvdm.api.http;
