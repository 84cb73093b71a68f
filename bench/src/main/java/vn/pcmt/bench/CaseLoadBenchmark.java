package vn.pcmt.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Case-service under an officer-like load through the HTTP API of a running platform ({@code ./run}): areas are
 * created through the assessment API, then {@code --cases} drug cases and {@code --hotspots} hotspots are recorded
 * from {@code --threads} clients at once. A case: opened with a named person, the person arrested, a seizure, prosecuted
 * and investigated (5 commands); a hotspot: identified, put under action, eliminated (3 commands). Reports commands per
 * second and latency percentiles per command, and counts every non-2xx answer. {@code --base-url} may name case-service
 * itself (port 8083) to leave the gateway out; areas then go to {@code --areas-url} (assessment, port 8081).
 *
 * <pre>java -Dloader.main=vn.pcmt.bench.CaseLoadBenchmark -jar bench/target/bench-*-exec.jar
 *     --base-url http://127.0.0.1:8080 --cases 10000 --hotspots 10000 --threads 8</pre>
 */
public final class CaseLoadBenchmark {

    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    private final LoadClient client;

    private CaseLoadBenchmark(LoadClient client) {
        this.client = client;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadClient.options(args);
        int cases = Integer.parseInt(options.getOrDefault("cases", "10000"));
        int hotspots = Integer.parseInt(options.getOrDefault("hotspots", "10000"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        LoadClient.Setup setup = LoadClient.setUp(options);
        LoadClient client = setup.client();
        List<String[]> villages = setup.villages();
        String[] last = villages.getLast();
        client.awaitAccepted("/api/hotspots", """
                {"kind":"RISK","communeCode":"%s","villageCode":"%s","identifiedOn":"%s"}""".formatted(last[0], last[1], OPENED),
                "village " + last[1]);
        CaseLoadBenchmark benchmark = new CaseLoadBenchmark(client);
        int units = cases + hotspots;
        // cases spread evenly among the hotspots: unit n is a case when the running share of cases steps up at n
        client.run("cases and hotspots", units, threads, n -> (long) (n + 1) * cases / units != (long) n * cases / units
                ? benchmark.drugCase(villages.get(n % villages.size()))
                : benchmark.hotspot(villages.get(n % villages.size())));
    }

    /** A possession case caught in the act: opened with the person, the arrest, the seizure, prosecution, investigation. */
    private int drugCase(String[] village) {
        JsonNode opened = client.send("case-open", "/api/cases", """
                {"kind":"CRIMINAL","article":"249","communeCode":"%s","villageCode":"%s","openedOn":"%s",
                 "summary":"Bắt quả tang tàng trữ trái phép chất ma túy",
                 "persons":[{"fullName":"Người vi phạm","birthDate":"1995-06-01","residenceCommuneCode":"%s","residenceVillageCode":"%s"}]}"""
                .formatted(village[0], village[1], OPENED, village[0], village[1]));
        if (opened == null) {
            return 1;
        }
        String path = "/api/cases/" + opened.get("caseId").asText();
        client.send("case-arrest", path + "/arrests", """
                {"personId":"%s","kind":"CAUGHT_IN_ACT","arrestedOn":"%s"}""".formatted(opened.at("/persons/0/personId").asText(), OPENED));
        client.send("case-seizure", path + "/seizures", """
                {"substance":"METHAMPHETAMINE","quantity":2.35,"unit":"GRAM","seizedOn":"%s"}""".formatted(OPENED));
        client.send("case-stage", path + "/stages", "{\"stage\":\"PROSECUTED\",\"on\":\"%s\"}".formatted(OPENED.plusDays(3)));
        client.send("case-stage", path + "/stages", "{\"stage\":\"INVESTIGATED\",\"on\":\"%s\"}".formatted(OPENED.plusMonths(2)));
        return 5;
    }

    /** A drug-use den found, acted upon and eliminated. */
    private int hotspot(String[] village) {
        JsonNode identified = client.send("hotspot-identify", "/api/hotspots", """
                {"kind":"USE_DEN","communeCode":"%s","villageCode":"%s","identifiedOn":"%s","suspected":true,
                 "evidence":"Nhiều người lạ ra vào ban đêm"}""".formatted(village[0], village[1], OPENED));
        if (identified == null) {
            return 1;
        }
        String path = "/api/hotspots/" + identified.get("hotspotId").asText();
        client.send("hotspot-step", path + "/actions", "{\"on\":\"%s\"}".formatted(OPENED.plusDays(5)));
        client.send("hotspot-step", path + "/eliminations", "{\"on\":\"%s\"}".formatted(OPENED.plusMonths(1)));
        return 3;
    }
}
