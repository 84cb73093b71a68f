package vn.pcmt.registry.domain;

import java.time.LocalDate;

import vn.pcmt.registry.domain.command.RegisterSubject;
import vn.pcmt.registry.domain.event.SubjectRegistered;

/** Object Mother: subjects of Hà Tây commune (seed 001). */
public final class Subjects {

    public static final String COMMUNE = "31000";
    public static final String VILLAGE = "31000-03";

    private Subjects() {
    }

    public static RegisterSubject registerSuspected(String subjectId) {
        return new RegisterSubject(subjectId, "Nguyễn Văn An", LocalDate.of(1995, 3, 14), Sex.MALE, "031095001234",
                new Residence(COMMUNE, VILLAGE, "Thôn 3"), Category.SUSPECTED, FoundBy.DOOR_TO_DOOR_REVIEW,
                LocalDate.of(2026, 4, 2));
    }

    public static SubjectRegistered registered(RegisterSubject command) {
        return new SubjectRegistered(command.subjectId(), command.fullName(), command.dateOfBirth(), command.sex(),
                command.nationalId(), command.residence(), command.category(), command.foundBy(), command.foundOn());
    }
}
