package vn.pcmt.cases.domain;

import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import vn.pcmt.platform.problem.Refusal;

/** Matches the refusal a fixture's command should meet, by its stable code. */
final class Refusals {

    private Refusals() {
    }

    static Matcher<?> refusal(String code) {
        return Matchers.predicate(e -> e instanceof Refusal r && r.code().equals(code));
    }
}
