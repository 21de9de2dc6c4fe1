package org.bigvdm.settings;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A logback pattern layout that masks secrets in the whole formatted line, stack traces
 * included (see {@link SecretMasker}). Used by {@link LogConfigurator} for every appender.
 */
public final class MaskingPatternLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return SecretMasker.mask(super.doLayout(event));
    }
}
