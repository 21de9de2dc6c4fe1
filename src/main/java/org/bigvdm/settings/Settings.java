package org.bigvdm.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the app remembers between runs (never a password or token). A plain mutable bean: the
 * main window updates it as the user works and {@link SettingsStore#save} writes it on close.
 * Unknown JSON fields are ignored so older versions can read newer files.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Settings {
    public static final String THEME_LIGHT = "light";
    public static final String THEME_DARK = "dark";

    /** False: Bytemark Cloud; true: {@link #getBrainUrl()} and {@link #getAuthUrl()}. */
    private boolean customEndpoint;
    private String brainUrl;
    private String authUrl;
    private String username;
    private String selectedNodePath;
    private WindowBounds window;
    private Double dividerPosition;
    private Map<String, Double> columnWidths = new LinkedHashMap<>();
    private String theme = THEME_LIGHT;
    private boolean autoRefresh;
    private boolean showDeleted;

    public static Settings defaults() {
        return new Settings();
    }

    public boolean isCustomEndpoint() {
        return customEndpoint;
    }

    public void setCustomEndpoint(boolean customEndpoint) {
        this.customEndpoint = customEndpoint;
    }

    public String getBrainUrl() {
        return brainUrl;
    }

    public void setBrainUrl(String brainUrl) {
        this.brainUrl = brainUrl;
    }

    public String getAuthUrl() {
        return authUrl;
    }

    public void setAuthUrl(String authUrl) {
        this.authUrl = authUrl;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** The tree selection as a path such as {@code account/group/vm}, or null. */
    public String getSelectedNodePath() {
        return selectedNodePath;
    }

    public void setSelectedNodePath(String selectedNodePath) {
        this.selectedNodePath = selectedNodePath;
    }

    /** Null until the window was closed once: then the app centres it. */
    public WindowBounds getWindow() {
        return window;
    }

    public void setWindow(WindowBounds window) {
        this.window = window;
    }

    public Double getDividerPosition() {
        return dividerPosition;
    }

    public void setDividerPosition(Double dividerPosition) {
        this.dividerPosition = dividerPosition;
    }

    /** Column id to width in pixels; a live map the table may update. */
    public Map<String, Double> getColumnWidths() {
        return columnWidths;
    }

    public void setColumnWidths(Map<String, Double> columnWidths) {
        this.columnWidths = columnWidths == null ? new LinkedHashMap<>() : new LinkedHashMap<>(columnWidths);
    }

    /** {@link #THEME_LIGHT} or {@link #THEME_DARK}. */
    public String getTheme() {
        return theme;
    }

    /** Anything but "dark" means light, so a hand-edited typo cannot break the window. */
    public void setTheme(String theme) {
        this.theme = THEME_DARK.equals(theme) ? THEME_DARK : THEME_LIGHT;
    }

    public boolean isAutoRefresh() {
        return autoRefresh;
    }

    public void setAutoRefresh(boolean autoRefresh) {
        this.autoRefresh = autoRefresh;
    }

    public boolean isShowDeleted() {
        return showDeleted;
    }

    public void setShowDeleted(boolean showDeleted) {
        this.showDeleted = showDeleted;
    }
}
