package vn.pcmt.assessment.web;

/** The shape of an area code: letters, digits and dashes, so a code is always safe in a path and a query. */
final class AreaCodes {

    static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9-]{1,31}$";
    static final String MESSAGE = "Mã địa bàn gồm 2–32 chữ cái, chữ số hoặc dấu gạch ngang.";

    private AreaCodes() {
    }
}
