package org.bigvdm.ui.main;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Shows each new notification for a few seconds. The fading is here, not in the ViewModel,
 * because ViewModels stay free of javafx.animation so they test without a toolkit.
 */
final class NotificationLabel extends Label {
    private static final Duration SHOWN_FOR = Duration.seconds(6);
    private PauseTransition timer;

    NotificationLabel(ObservableObjectValue<Notification> notification) {
        setId("statusNotification");
        getStyleClass().add(Styles.SUCCESS);
        notification.addListener((o, old, n) -> show(n));
    }

    private void show(Notification n) {
        if (n == null || n.untilRead()) {
            return;   // results that stay until read are shown by the notification pane
        }
        setText(n.text());
        setGraphic(new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        if (timer != null) {
            timer.stop();
        }
        // a new note restarts the clock, so it never vanishes a moment after it appeared
        timer = new PauseTransition(SHOWN_FOR);
        timer.setOnFinished(e -> {
            setText("");
            setGraphic(null);
        });
        timer.play();
    }
}
