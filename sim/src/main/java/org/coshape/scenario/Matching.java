package org.coshape.scenario;

/**
 * How Deffuant meetings are drawn each tick ({@code social.matching}): {@code parallel}, a random
 * matching of disjoint neighbour pairs (at most one meeting per person, whatever their degree), or
 * {@code sequential}, the published protocol: as many meetings as people, each of a random person
 * with one of their neighbours, applied one after another.
 */
public enum Matching implements Named {
    PARALLEL,
    SEQUENTIAL
}
