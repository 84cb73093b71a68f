package vn.pcmt.embedded.store;

import de.bwaldvogel.mongo.bson.Document;

/**
 * {@code hello}, the handshake drivers and Spring Boot's health check send since MongoDB 4.4/5.0, answered like the
 * legacy {@code isMaster} the server does know, plus {@code isWritablePrimary}.
 */
final class HelloCommand {

    private HelloCommand() {
    }

    static boolean matches(String command) {
        return command.equalsIgnoreCase("hello");
    }

    static Document answer(Document isMasterAnswer) {
        Document answer = new Document("isWritablePrimary", Boolean.TRUE);
        answer.putAll(isMasterAnswer);
        return answer;
    }
}
