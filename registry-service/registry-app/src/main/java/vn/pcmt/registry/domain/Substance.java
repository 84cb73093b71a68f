package vn.pcmt.registry.domain;

/**
 * What a drug test detected, as the rapid tests and labs report it. A closed list rather than free text: the
 * substances travel to other services, and free text would carry whatever an officer typed.
 */
public enum Substance {
    OPIATES,
    HEROIN,
    METHAMPHETAMINE,
    AMPHETAMINE,
    MDMA,
    KETAMINE,
    CANNABIS,
    COCAINE,
    METHADONE,
    OTHER
}
