/**
 * The service layer's core: slow work off the FX thread through one {@link
 * org.bigvdm.service.TaskRunner} ({@link org.bigvdm.service.BackgroundTask}: a task with
 * onSuccess, onFailure and onFinished handlers), the estate as last read ({@link
 * org.bigvdm.service.EstateService}) with the words the filter searches in it ({@link
 * org.bigvdm.service.EstateWords}, built with it off the FX thread; a refresh shares what did not
 * change with the estate shown, and {@link org.bigvdm.service.EstateDerivation}s asked for are worked
 * out with each read), what the user may change ({@link
 * org.bigvdm.service.AccessRights}), and failures in words and kinds ({@link
 * org.bigvdm.service.UserError}), the one place that reads the API's exceptions. Writes live
 * in {@code service.change}, signing in in {@code service.session}.
 *
 * <p>May use {@code javafx.beans}/{@code javafx.collections}, the API and the settings; never
 * {@code javafx.scene}, {@code ui}, {@code app} or {@code sim}. Services are built by the app
 * only.
 */
package org.bigvdm.service;
