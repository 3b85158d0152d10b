package org.coshape.scenario;

/** Who sits on the designer panel each generation ({@code ai.designers.selection}). */
public enum DesignerSelection implements Named {
    NARROW,
    RANDOM,
    REPRESENTATIVE,
    ENGAGED
}
