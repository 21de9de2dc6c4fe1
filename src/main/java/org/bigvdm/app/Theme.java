package org.bigvdm.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/** Light or dark AtlantaFX theme for the whole app. */
public enum Theme {
    LIGHT, DARK;

    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static Theme fromSetting(String name) {
        return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
    }

    public String settingName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
