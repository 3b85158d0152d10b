package org.coshape.scenario;

/**
 * What a switching person compares assistants by ({@code ai.choice.on}): the satisfaction their
 * answers gave people of the person's group (what people feel), or the welfare (what they endorse).
 */
public enum ChoiceBasis implements Named {
    SATISFACTION,
    WELFARE
}
