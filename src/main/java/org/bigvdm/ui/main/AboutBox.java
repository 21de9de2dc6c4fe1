package org.bigvdm.ui.main;

/** Help › About: the app shows its About dialog; tests count the calls. */
@FunctionalInterface
public interface AboutBox {
    void show();
}
