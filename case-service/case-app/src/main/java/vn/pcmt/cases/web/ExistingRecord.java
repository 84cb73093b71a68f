package vn.pcmt.cases.web;

import java.util.function.Function;
import java.util.function.Supplier;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.data.repository.CrudRepository;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;

/**
 * A change to a record the caller names by id: an id the read model does not hold (another aggregate's included), or a
 * record outside the caller's areas, is {@code unknown} and nothing is sent; a record they may only read is 403;
 * otherwise the command is sent and the changed document read back.
 */
final class ExistingRecord {

    private ExistingRecord() {
    }

    static <D> D change(CrudRepository<D, String> documents, String id, Supplier<Refusal> unknown, CaseAccess access,
                        Function<D, CaseAccess.Place> where, Runnable send) {
        D found = documents.findById(id).orElseThrow(unknown);
        access.require(Need.WRITE, found, where.apply(found), unknown);
        try {
            send.run();
        } catch (AggregateNotFoundException e) {
            throw unknown.get();
        }
        return documents.findById(id).orElseThrow(unknown);
    }
}
