package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.Category;

/** Why a person is on the registry changed, e.g. a suspected person tested positive ({@code reason} is a stable code). */
@Revision("1")
public record CategoryChanged(String subjectId, Category from, Category to, LocalDate changedOn, String reason)
        implements SubjectChange {
}
