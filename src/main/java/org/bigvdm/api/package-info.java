/**
 * The BigV API clients: {@link org.bigvdm.api.BrainApi} and {@link org.bigvdm.api.AuthApi},
 * blocking calls over OkHttp and Jackson, with typed errors. Usable from plain Java.
 * No JavaFX import here, ever; nothing from service, ui or sim.
 */
package org.bigvdm.api;
