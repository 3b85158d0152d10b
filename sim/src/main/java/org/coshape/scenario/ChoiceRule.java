package org.coshape.scenario;

/**
 * How people choose their assistant ({@code ai.choice.rule}): {@code stay} keeps everyone with the
 * assistant they were given, for life; {@code logit} lets them switch or stop using any.
 */
public enum ChoiceRule implements Named {
    STAY,
    LOGIT
}
