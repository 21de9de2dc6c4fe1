/**
 * The service layer: runs API calls off the FX thread through one {@link
 * org.bigvdm.service.TaskRunner}, keeps the in-memory estate, and turns failures into {@link
 * org.bigvdm.service.UserError}s. May use {@code javafx.beans}/{@code javafx.collections} and
 * {@code javafx.application.Platform}; never {@code javafx.scene}.
 */
package org.bigvdm.service;
