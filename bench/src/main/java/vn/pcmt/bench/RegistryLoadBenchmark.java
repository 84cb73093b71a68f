package vn.pcmt.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The registry under an officer-like load through the HTTP API of a running platform ({@code ./run}): areas are
 * created through the assessment API, then {@code --subjects} subjects are registered and each gets the commands of
 * a typical first year (positive test, illegal-user management, three residence checks, two negative tests, a flag):
 * 9 commands and 10 stored events per subject, from {@code --threads} clients at once. Reports commands per second
 * and latency percentiles per command, and counts every non-2xx answer. {@code --base-url} may name the registry itself
 * (port 8082) to leave the gateway out; areas then go to {@code --areas-url} (the assessment service, port 8081).
 *
 * <pre>java -Dloader.main=vn.pcmt.bench.RegistryLoadBenchmark -jar bench/target/bench-*-exec.jar
 *     --base-url http://127.0.0.1:8080 --subjects 20000 --threads 16</pre>
 */
public final class RegistryLoadBenchmark {

    private static final LocalDate FOUND = LocalDate.of(2026, 1, 5);

    private final LoadClient client;

    private RegistryLoadBenchmark(LoadClient client) {
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadClient.options(args);
        int subjects = Integer.parseInt(options.getOrDefault("subjects", "20000"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "16"));
        LoadClient.Setup setup = LoadClient.setUp(options);
        LoadClient client = setup.client();
        List<String[]> villages = setup.villages();
        String run = setup.run();
        String[] last = villages.getLast();
        client.awaitAccepted("/api/subjects", """
                {"fullName":"Thăm dò","dateOfBirth":"1990-01-01","sex":"MALE","nationalIdMissingReason":"thăm dò","residence":{"communeCode":"%s","villageCode":"%s"},
                 "category":"SUSPECTED","foundBy":"DOOR_TO_DOOR_REVIEW","foundOn":"%s","confirmedDistinct":true}""".formatted(last[0], last[1], FOUND),
                "village " + last[1]);
        RegistryLoadBenchmark benchmark = new RegistryLoadBenchmark(client);
        client.run("subjects", subjects, threads, n -> benchmark.firstYear(n, villages.get(n % villages.size()), run));
    }

    /** Nine commands, ten events: what a commune records about a person in their first year under management. */
    private int firstYear(int n, String[] village, String run) {
        String nationalId = String.format("9%05d%06d", Integer.parseInt(run) % 100_000, n);
        JsonNode subject = client.send("register", "/api/subjects", """
                {"fullName":"Đối tượng %d-%s","dateOfBirth":"1990-01-01","sex":"MALE","nationalId":"%s",
                 "residence":{"communeCode":"%s","villageCode":"%s"},"category":"SUSPECTED",
                 "foundBy":"DOOR_TO_DOOR_REVIEW","foundOn":"%s"}""".formatted(n, run, nationalId, village[0], village[1], FOUND));
        if (subject == null) {
            return 1;
        }
        String path = "/api/subjects/" + subject.get("id").asText();
        Function<LocalDate, String> negative = on -> "{\"testedOn\":\"%s\",\"method\":\"URINE_RAPID\",\"result\":\"NEGATIVE\"}".formatted(on);
        client.send("drug-test", path + "/drug-tests",
                "{\"testedOn\":\"%s\",\"method\":\"URINE_RAPID\",\"result\":\"POSITIVE\",\"substances\":[\"MDMA\"]}".formatted(FOUND.plusDays(3)));
        client.send("management-period", path + "/management-periods",
                "{\"kind\":\"ILLEGAL_USER\",\"decisionNo\":\"%d/QĐ-CAX\",\"startsOn\":\"%s\"}".formatted(n, FOUND.plusDays(10)));
        for (int month = 1; month <= 3; month++) {
            client.send("residence-check", path + "/residence-checks", "{\"checkedOn\":\"%s\"}".formatted(FOUND.plusDays(10).plusMonths(month)));
        }
        client.send("drug-test", path + "/drug-tests", negative.apply(FOUND.plusMonths(2)));
        client.send("drug-test", path + "/drug-tests", negative.apply(FOUND.plusMonths(4)));
        client.send("flag", path + "/flags", "{\"flag\":\"NO_STABLE_RESIDENCE\",\"raisedOn\":\"%s\"}".formatted(FOUND.plusMonths(5)));
        return 9;
    }
}
