package org.coshape.scenario;

/**
 * Deliberation among designers before their values are aggregated ({@code ai.deliberation}): in
 * each of {@code rounds} rounds every designer moves {@code rate} of the way to the mean of the
 * panel members within {@code confidence} of them (bounded confidence, all at once). Their own
 * current values change: a designer persuaded on the panel stays persuaded.
 */
public record DeliberationSpec(int rounds, double confidence, double rate) {
    /** Whether designers deliberate at all. */
    public boolean on() {
        return rounds > 0 && rate > 0;
    }
}
