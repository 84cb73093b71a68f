package vn.pcmt.registry.api.v1;

/** Why a person is on the registry (DOMAIN.md glossary). */
public enum Category {
    /** người có căn cứ nghi sử dụng trái phép chất ma túy */
    SUSPECTED,
    /** người sử dụng trái phép chất ma túy */
    ILLEGAL_USER,
    /** người nghiện ma túy */
    ADDICT,
    /** người sau cai nghiện */
    POST_REHAB,
    /** người chấp hành xong án phạt tù về ma túy */
    RELEASED_OFFENDER
}
