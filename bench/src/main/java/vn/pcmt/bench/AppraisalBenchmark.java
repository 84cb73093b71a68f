package vn.pcmt.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 5's appraisal figure: a commune of {@code --villages} villages and {@code --subjects} registry subjects
 * (registered through the registry's API, each with a test), then {@code --rounds} what-if appraisals of the commune
 * against LOCAL_10 and Art. 4, and of one village against LOCAL_10, each timed through the gateway. An appraisal reads
 * every subject's history, folds it to the day and applies the criteria; the target is under 1 s.
 *
 * <pre>java -Dloader.main=vn.pcmt.bench.AppraisalBenchmark -jar bench/target/bench-*-exec.jar --villages 30 --subjects 2000</pre>
 */
public final class AppraisalBenchmark {

    private static final String[] CATEGORIES = {"ADDICT", "ILLEGAL_USER", "SUSPECTED", "POST_REHAB"};
    private static final LocalDate FOUND = LocalDate.of(2026, 1, 5);

    private AppraisalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadClient.options(args);
        options.putIfAbsent("communes", "1");
        options.putIfAbsent("villages", "30");
        int subjects = Integer.parseInt(options.getOrDefault("subjects", "2000"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "20"));
        LoadClient.Setup setup = LoadClient.setUp(options);
        LoadClient client = setup.client();
        List<String[]> villages = setup.villages();
        String commune = villages.getFirst()[0];
        String[] last = villages.getLast();
        client.awaitAccepted("/api/subjects", subject(-1, last, setup.run()), "village " + last[1]);

        client.run("subjects", subjects, 8, n -> {
            JsonNode subject = client.send("register", "/api/subjects", subject(n, villages.get(n % villages.size()), setup.run()));
            if (subject == null) {
                return 1;
            }
            client.send("drug-test", "/api/subjects/" + subject.get("id").asText() + "/drug-tests",
                    "{\"testedOn\":\"%s\",\"method\":\"URINE_RAPID\",\"result\":\"NEGATIVE\"}".formatted(FOUND.plusDays(n % 300)));
            return 2;
        });

        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        System.out.printf("Waiting for assessment to learn %,d subjects in commune %s%n", subjects + 1, commune);
        long waitStarted = System.nanoTime();
        while (true) {
            JsonNode facts = client.get("/api/areas/" + commune + "/facts?asOf=" + today);
            if (facts != null && facts.at("/facts/persons").size() >= subjects + 1) {
                break;
            }
            Thread.sleep(1000);
        }
        System.out.printf("Learnt after %.1f s%n", (System.nanoTime() - waitStarted) / 1e9);

        LoadClient timing = LoadClient.of(options);
        String village = villages.getFirst()[1];
        timing.run("appraisal rounds", rounds, 1, n -> {
            timing.send("commune LOCAL_10", "/api/appraisals?whatIf=true", appraisal(commune, "LOCAL_10", today));
            timing.send("commune QD28 Art. 4", "/api/appraisals?whatIf=true", appraisal(commune, "QD28_2025_COMMUNE_KEY_AREA", today));
            timing.send("village LOCAL_10", "/api/appraisals?whatIf=true", appraisal(village, "LOCAL_10", today));
            return 3;
        });
    }

    private static String subject(int n, String[] village, String run) {
        String category = n < 0 ? "SUSPECTED" : CATEGORIES[n % CATEGORIES.length];
        return """
                {"fullName":"Thẩm định %d-%s","dateOfBirth":"1990-01-01","sex":"MALE","nationalIdMissingReason":"thử tải",
                 "residence":{"communeCode":"%s","villageCode":"%s"},"category":"%s","foundBy":"DOOR_TO_DOOR_REVIEW","foundOn":"%s",
                 "confirmedDistinct":true}""".formatted(n, run, village[0], village[1], category, FOUND);
    }

    private static String appraisal(String area, String criteriaSet, String asOf) {
        return "{\"areaCode\":\"%s\",\"criteriaSet\":\"%s\",\"asOf\":\"%s\"}".formatted(area, criteriaSet, asOf);
    }
}
