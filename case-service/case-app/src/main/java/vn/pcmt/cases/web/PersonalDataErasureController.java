package vn.pcmt.cases.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.cases.domain.command.EraseCasePersons;
import vn.pcmt.cases.domain.command.EraseGangMembers;
import vn.pcmt.cases.domain.command.EraseTipster;
import vn.pcmt.cases.domain.command.EraseWantedPerson;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.platform.privacy.Retention;
import vn.pcmt.platform.web.Versions;

/**
 * Erasure at the end of a record's retention (crypto-shredding, ADR 7), for administrators only: once a case is closed,
 * a gang dismantled, a tip settled or a wanted person caught, and the retention ({@code pcmt.privacy.retention}) has run
 * since, the erasure is recorded on the record, then the keys of every person it names are destroyed, so their names,
 * identity numbers and a tipster's contacts read as erased in every stored event, read model and copy of the store,
 * while the record's dates, stages and counts stay. The answer names nobody. A request that stopped between the steps
 * is made good by {@code PersonalDataKeysProjection}, which destroys the keys every stored erasure names; sent again, it
 * records nothing and destroys the keys again at once.
 */
@RestController
@Validated
public class PersonalDataErasureController {

    private static final String IF_MATCH = "If-Match";

    private final Commands commands;
    private final PersonalDataKeys keys;

    public PersonalDataErasureController(Commands commands, PersonalDataKeys keys) {
        this.commands = commands;
        this.keys = keys;
    }

    @PostMapping("/api/cases/{id}/erasure")
    Erasure eraseCase(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                      @Valid @RequestBody ErasePersonsRequest request) {
        return erase(id, request, new EraseCasePersons(id.toString(), Versions.ifMatch(ifMatch), request.erasedOn(), request.reason()));
    }

    @PostMapping("/api/gangs/{id}/erasure")
    Erasure eraseGang(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                      @Valid @RequestBody ErasePersonsRequest request) {
        return erase(id, request, new EraseGangMembers(id.toString(), Versions.ifMatch(ifMatch), request.erasedOn(), request.reason()));
    }

    @PostMapping("/api/tips/{id}/erasure")
    Erasure eraseTip(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                     @Valid @RequestBody ErasePersonsRequest request) {
        return erase(id, request, new EraseTipster(id.toString(), Versions.ifMatch(ifMatch), request.erasedOn(), request.reason()));
    }

    @PostMapping("/api/wanted-persons/{id}/erasure")
    Erasure eraseWantedPerson(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                              @Valid @RequestBody ErasePersonsRequest request) {
        return erase(id, request, new EraseWantedPerson(id.toString(), Versions.ifMatch(ifMatch), request.erasedOn(), request.reason()));
    }

    private Erasure erase(UUID id, ErasePersonsRequest request, Object command) {
        Retention.requireAdministrator();
        List<String> persons = commands.send(command, request.erasedOn());
        persons.forEach(keys::destroy);
        return new Erasure(id.toString(), persons.size(), true);
    }

    /** The record whose persons are erased, how many it names, and that their keys are gone. */
    record Erasure(String recordId, int personsErased, boolean keysDestroyed) {
    }
}
