package vn.pcmt.cases.domain;

/** How a tip (nguồn tin, tố giác) arrived: hotline, mailbox, in person, online, or transferred from another body. */
public enum TipChannel {
    HOTLINE,
    MAILBOX,
    IN_PERSON,
    ONLINE,
    TRANSFERRED
}
