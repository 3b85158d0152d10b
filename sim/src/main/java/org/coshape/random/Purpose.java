package org.coshape.random;

/**
 * Names of the independent random streams. Keeping them apart means switching one mechanism off
 * (e.g. the AI, for the matched baseline) leaves every other draw, and so the people and network,
 * unchanged.
 */
public final class Purpose {
    public static final int POPULATION = 1;
    public static final int NETWORK = 2;
    public static final int ASSIGNMENT = 3;
    public static final int USAGE = 10;
    public static final int RISK = 11;
    public static final int FEEDBACK = 12;
    public static final int RECONSIDER = 13;
    public static final int CHOICE = 14;
    public static final int DEFFUANT_ROLE = 20;
    public static final int DEFFUANT_PICK = 21;
    public static final int DEFFUANT_PRIORITY = 22;
    public static final int DEFFUANT_SEQUENCE = 23;
    public static final int DEFFUANT_PARTNER = 24;
    public static final int TURNOVER = 30;
    public static final int PARENT = 31;
    public static final int NEWCOMER = 32;
    public static final int DESIGNERS = 40;
    public static final int JUDGE = 41;
    public static final int PAIR_SAMPLE = 50;

    private Purpose() {}
}
