package org.coshape.scenario;

/**
 * Reflective endorsement ({@code values.endorsement}): each tick, a person whose current values lie
 * within {@code latitude} (RMS) of their own values takes {@code rate} of the difference as their
 * own: a change close enough to who they are is one they endorse. Farther changes stay unendorsed.
 */
public record EndorsementSpec(double rate, double latitude) {
    /** Whether own values ever move. */
    public boolean on() {
        return rate > 0 && latitude > 0;
    }
}
