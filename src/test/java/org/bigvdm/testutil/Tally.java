package org.bigvdm.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the hardening tests tried (bad inputs, hostile connections, requests under load)
 * and writes the figures to {@code target/reliability/<suite>.txt} when a suite ends, so
 * docs/reliability.md can quote what the build really did rather than what someone remembers.
 * Use: a static {@code Tally} per test class, {@link #add} as inputs are tried, {@link #write}
 * in {@code @AfterAll}.
 */
public final class Tally {
    private static final Path DIR = Path.of("target", "reliability");

    private final String suite;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    public Tally(String suite) {
        this.suite = suite;
    }

    public static Tally of(Class<?> testClass) {
        return new Tally(testClass.getSimpleName());
    }

    public void add(String what, long n) {
        counts.computeIfAbsent(what, k -> new AtomicLong()).addAndGet(n);
    }

    public void one(String what) {
        add(what, 1);
    }

    public long get(String what) {
        AtomicLong n = counts.get(what);
        return n == null ? 0 : n.get();
    }

    /** {@code what: n} per line, sorted; replaces the suite's file from an earlier run. */
    public void write() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(counts).forEach((what, n) -> text.append(what).append(": ").append(n.get()).append('\n'));
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(suite + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
