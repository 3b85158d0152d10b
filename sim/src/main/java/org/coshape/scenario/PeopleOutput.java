package org.coshape.scenario;

/** Which records of each person go to people.csv ({@code output.people}). */
public enum PeopleOutput implements Named {
    NONE,
    FINAL,
    EVERY
}
