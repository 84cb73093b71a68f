package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.TipChannel;
import vn.pcmt.cases.domain.Tipster;

@Revision("1")
public record TipReceived(String tipId, TipChannel channel, LocalDate receivedOn, String communeCode, String villageCode,
                          String content, boolean anonymous, Tipster tipster, String receivedBy) {
}
