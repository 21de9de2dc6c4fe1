package org.bigvdm.ui.dialogs;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bigvdm.api.model.DiscRules;

/**
 * Turns typed text and a unit into MiB. Decimals are accepted only when they come to whole MiB
 * ("1.5 GiB" is 1536 MiB, "1.1 GiB" is 1126.4 MiB and is refused): the API takes whole MiB, and
 * silently rounding a size the user typed would send a number they never saw.
 */
public final class SizeInput {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** A number with a unit typed after it: "10 GB", "1.5TiB", "500 m". */
    private static final Pattern WITH_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]+)");

    /** Either MiB or the sentence saying what is wrong. */
    public record Parsed(long mib, String problem) {
        static Parsed ok(long mib) {
            return new Parsed(mib, null);
        }

        static Parsed bad(String problem) {
            return new Parsed(-1, problem);
        }

        public boolean isValid() {
            return problem == null;
        }

        public Optional<String> problemText() {
            return Optional.ofNullable(problem);
        }
    }

    private SizeInput() {
    }

    /** An amount in MiB, without the disc size limits (used for "+N" increases too). */
    public static Parsed amount(String text, SizeUnit unit) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.bad("Enter a size");
        }
        Matcher typed = WITH_UNIT.matcher(t);
        if (typed.matches()) {
            Optional<SizeUnit> named = unitNamed(typed.group(2));
            if (named.isEmpty()) {
                return Parsed.bad("Enter a number, with MiB, GiB or TiB (or MB, GB, TB) after it if you like");
            }
            t = typed.group(1);
            unit = named.get();
        }
        if (!NUMBER.matcher(t).matches()) {
            return Parsed.bad("Enter a whole number");
        }
        BigDecimal mib = new BigDecimal(t).multiply(BigDecimal.valueOf(unit.mib()));
        if (mib.stripTrailingZeros().scale() > 0) {
            return Parsed.bad(unit == SizeUnit.MIB
                    ? "Enter a whole number"
                    : t + " " + unit + " is not a whole number of MiB");
        }
        // anything beyond long range is far above any limit: clamp instead of overflowing
        BigDecimal cap = BigDecimal.valueOf(Long.MAX_VALUE);
        return Parsed.ok(mib.compareTo(cap) > 0 ? Long.MAX_VALUE : mib.longValueExact());
    }

    /**
     * The unit a size typed with its own unit is read in: GB, MB and TB are read as the binary
     * GiB, MiB and TiB the service counts in (1 GiB = 1024 MiB), as the bytemark tool does.
     */
    static Optional<SizeUnit> unitNamed(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "m", "mb", "mib" -> Optional.of(SizeUnit.MIB);
            case "g", "gb", "gib" -> Optional.of(SizeUnit.GIB);
            case "t", "tb", "tib" -> Optional.of(SizeUnit.TIB);
            default -> Optional.empty();
        };
    }

    /**
     * Which unit the text is read in, when the text names a decimal one ("10 GB is read as 10
     * GiB (1 GiB = 1024 MiB)"), else empty.
     */
    public static Optional<String> unitNote(String text) {
        Matcher typed = WITH_UNIT.matcher(text == null ? "" : text.strip().replaceFirst("^\\+", ""));
        if (!typed.matches() || !typed.group(2).toLowerCase(Locale.ROOT).matches("[mgt]b")) {
            return Optional.empty();
        }
        SizeUnit unit = unitNamed(typed.group(2)).orElseThrow();
        return Optional.of(typed.group(1) + " " + typed.group(2) + " is read as " + typed.group(1) + " " + unit
                + " (1 " + unit + " = " + (unit == SizeUnit.MIB ? "1,048,576 bytes" : "1024 "
                + (unit == SizeUnit.GIB ? "MiB" : "GiB")) + ")");
    }

    /** A disc size: an amount within the contract's limits. */
    public static Parsed discSize(String text, SizeUnit unit) {
        Parsed p = amount(text, unit);
        if (!p.isValid()) {
            return p;
        }
        return checkLimits(p.mib());
    }

    /** A size in MiB within the contract's limits, or the sentence saying why not. */
    public static Parsed checkLimits(long mib) {
        return DiscRules.sizeProblem(mib).map(m -> Parsed.bad("Size " + m)).orElse(Parsed.ok(mib));
    }
}
