package org.bigvdm.ui.main;

/** Where "Copy ID" puts text: the system clipboard in the app, a list in tests. */
@FunctionalInterface
public interface TextClipboard {
    void copy(String text);
}
