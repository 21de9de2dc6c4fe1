package org.bigvdm.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator in a JVM of its own, for benchmarks: {@code SimulatorMain} on this process's
 * class path, so that its allocation, garbage collection and JSON writing never pause the JVM
 * being measured. Talks to it only over HTTP (sign-in and the {@code /_sim} control endpoint), so
 * a benchmark depends on none of the simulator's classes.
 */
final class SimulatorProcess implements AutoCloseable {
    private static final Pattern RUNNING_AT = Pattern.compile("running at (http://\\S+/)");

    private final Process process;
    private final CompletableFuture<URI> ready = new CompletableFuture<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private URI baseUri;

    private SimulatorProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "simulator-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts it on a free loopback port; {@link #awaitReady()} waits until it serves. */
    static SimulatorProcess start(int vms, long seed) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.bigvdm.sim.SimulatorMain", "--port", "0", "--vms", Integer.toString(vms),
                "--seed", Long.toString(seed))
                .redirectErrorStream(true)
                .start();
        return new SimulatorProcess(p);
    }

    void awaitReady() throws Exception {
        baseUri = ready.get(120, TimeUnit.SECONDS);
    }

    URI baseUri() {
        return baseUri;
    }

    /** A session token, from the auth endpoint as the app gets one. */
    String signIn(String user, String password) throws IOException, InterruptedException {
        return send("POST", "session", "{\"username\":\"" + user + "\",\"password\":\"" + password
                + "\",\"validity\":\"3600\"}");
    }

    /** Delay on every later auth and brain answer (the control endpoint itself is never delayed). */
    void latency(Duration delay) throws IOException, InterruptedException {
        send("POST", "_sim/faults", "{\"latency_ms\":" + delay.toMillis() + "}");
    }

    private String send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(method + " " + path + " answered " + response.statusCode());
        }
        return response.body().trim();
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher m = RUNNING_AT.matcher(line);
                if (m.find()) {
                    ready.complete(URI.create(m.group(1)));
                } else if (!ready.isDone()) {
                    System.err.println("simulator: " + line);
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IOException("the simulator's output ended before it served"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
