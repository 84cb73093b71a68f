package vn.pcmt.platform.axon;

import java.time.LocalDate;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import vn.pcmt.platform.event.Actor;

/** Sends a command with the actor and its effective date, and waits for the result (refusals are rethrown). */
public class Commands {

    private final CommandGateway gateway;
    private final CurrentActor currentActor;

    public Commands(CommandGateway gateway, CurrentActor currentActor) {
        this.gateway = gateway;
        this.currentActor = currentActor;
    }

    public <R> R send(Object command, LocalDate effectiveDate) {
        return send(command, currentActor.get(), effectiveDate);
    }

    public <R> R send(Object command, Actor actor, LocalDate effectiveDate) {
        MetaData metaData = EventMetaData.of(actor, effectiveDate);
        return gateway.sendAndWait(command, metaData);
    }
}
