package org.bigvdm.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-based test runner: {@code tries} inputs from a seeded generator, each given
 * to a check; the first input that fails is shrunk (as far as a shrinker can take it while it
 * still fails) and reported with the seed that reproduces the run.
 * <pre>{@code
 * PropertyCheck.forAll("accepted labels are addressable", 1000, Gen::label, LabelGen::shrink, label -> {
 *     ...assertions...
 * });
 * }</pre>
 * The seed is fixed so a build is repeatable; {@code -Dproperty.seed=N} runs other inputs, and
 * {@code -Dproperty.tries=N} more of them. Written here rather than taken from jqwik: jqwik 1.10
 * asks not to be used by AI coding agents, and this project is written with one.
 */
public final class PropertyCheck {
    private static final long DEFAULT_SEED = 0x5EED_B16FL;
    private static final int MAX_SHRINK_STEPS = 2_000;

    private PropertyCheck() {
    }

    /** Runs the property; returns how many inputs were tried (all of them, when it holds). */
    public static <T> int forAll(String property, int tries, Function<SplittableRandom, T> generator,
                                 Function<T, List<T>> shrinker, Consumer<T> check) {
        long seed = Long.getLong("property.seed", DEFAULT_SEED);
        int n = Math.max(tries, Integer.getInteger("property.tries", tries));
        SplittableRandom random = new SplittableRandom(seed ^ property.hashCode());
        for (int i = 0; i < n; i++) {
            T input = generator.apply(random);
            Throwable failure = failureOf(check, input);
            if (failure != null) {
                Shrunk<T> smallest = shrink(input, failure, shrinker, check);
                AssertionError error = new AssertionError("Property \"" + property + "\" failed on try " + (i + 1)
                        + " of " + n + " (seed " + seed + ") for " + show(smallest.input())
                        + (smallest.input().equals(input) ? "" : " (shrunk from " + show(input) + ")")
                        + ": " + smallest.failure().getMessage(), smallest.failure());
                throw error;
            }
        }
        return n;
    }

    /** Without shrinking. */
    public static <T> int forAll(String property, int tries, Function<SplittableRandom, T> generator, Consumer<T> check) {
        return forAll(property, tries, generator, t -> List.of(), check);
    }

    private record Shrunk<T>(T input, Throwable failure) {
    }

    private static <T> Shrunk<T> shrink(T input, Throwable failure, Function<T, List<T>> shrinker, Consumer<T> check) {
        T current = input;
        Throwable currentFailure = failure;
        int steps = 0;
        boolean smaller = true;
        while (smaller && steps < MAX_SHRINK_STEPS) {
            smaller = false;
            for (T candidate : shrinker.apply(current)) {
                steps++;
                Throwable f = Objects.equals(candidate, current) ? null : failureOf(check, candidate);
                if (f != null) {
                    current = candidate;
                    currentFailure = f;
                    smaller = true;
                    break;
                }
                if (steps >= MAX_SHRINK_STEPS) {
                    break;
                }
            }
        }
        return new Shrunk<>(current, currentFailure);
    }

    private static <T> Throwable failureOf(Consumer<T> check, T input) {
        try {
            check.accept(input);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }

    /** Strings shown with every code point outside printable ASCII as \\u escapes, so invisibles are visible. */
    static String show(Object value) {
        if (!(value instanceof CharSequence text)) {
            return String.valueOf(value);
        }
        StringBuilder b = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f && cp != '"' && cp != '\\') {
                b.appendCodePoint(cp);
            } else {
                b.append(String.format("\\u{%04X}", cp));
            }
        });
        return b.append('"').toString();
    }

    /** Shrinks of a string: without each code point, and its first and second halves. */
    public static List<String> shrinkString(String s) {
        List<String> out = new ArrayList<>();
        int[] cps = s.codePoints().toArray();
        if (cps.length > 1) {
            out.add(new String(cps, 0, cps.length / 2));
            out.add(new String(cps, cps.length / 2, cps.length - cps.length / 2));
        }
        for (int i = 0; i < cps.length; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < cps.length; j++) {
                if (j != i) {
                    b.appendCodePoint(cps[j]);
                }
            }
            out.add(b.toString());
        }
        return out;
    }
}
