package org.bigvdm.service.change;

import org.bigvdm.api.BrainApi;

/** The one request a change sends, run off the FX thread. */
@FunctionalInterface
public interface BrainCall<R> {
    R send(BrainApi api) throws Exception;
}
