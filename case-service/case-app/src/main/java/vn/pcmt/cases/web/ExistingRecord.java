package vn.pcmt.cases.web;

import java.util.function.Supplier;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.data.repository.CrudRepository;
import vn.pcmt.platform.problem.Refusal;

/**
 * A change to a record the caller names by id: an id the read model does not hold (another aggregate's included) is
 * {@code unknown} and nothing is sent; otherwise the command is sent and the changed document read back.
 */
final class ExistingRecord {

    private ExistingRecord() {
    }

    static <D> D change(CrudRepository<D, String> documents, String id, Supplier<Refusal> unknown, Runnable send) {
        if (!documents.existsById(id)) {
            throw unknown.get();
        }
        try {
            send.run();
        } catch (AggregateNotFoundException e) {
            throw unknown.get();
        }
        return documents.findById(id).orElseThrow(unknown);
    }
}
