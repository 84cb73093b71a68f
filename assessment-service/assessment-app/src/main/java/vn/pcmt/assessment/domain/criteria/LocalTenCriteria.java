package vn.pcmt.assessment.domain.criteria;

import static vn.pcmt.assessment.domain.criteria.CriterionResult.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.pcmt.assessment.domain.criteria.PersonFact.Category;
import vn.pcmt.assessment.domain.criteria.PersonFact.Treatment;

/**
 * The local scheme's ten criteria for a drug-free village or commune (seed 002, Bình Lương), at the time of the
 * request for recognition ({@code asOf}). All ten must hold. "Found" and "on record" can only mean on the registry.
 */
final class LocalTenCriteria implements CriteriaSet {

    /** Criterion 1: fewer than this many addicts in the community. */
    static final int ADDICTS_BELOW = 10;
    /** Criteria 1 and 2: negative at a test no more than this many days before the request. */
    static final int NEGATIVE_WITHIN_DAYS = 30;
    /**
     * Criterion 5: "tested periodically and unannounced" names no interval; the platform reads it as a test within the
     * last 90 days (one quarter). Change here when the province sets one.
     */
    static final int POST_REHAB_TEST_WITHIN_DAYS = 90;

    @Override
    public CriteriaSetId id() {
        return CriteriaSetId.LOCAL_10;
    }

    @Override
    public AppraisalResult appraise(AreaFacts facts) {
        LocalDate asOf = facts.asOf();
        List<PersonFact> addicts = residents(facts, p -> p.inCommunity() && p.category() == Category.ADDICT);
        List<String> untreated = ids(addicts, p -> p.treatment() == Treatment.NONE);
        List<String> addictsNotNegative = ids(addicts, p -> !p.negativeWithin(asOf, NEGATIVE_WITHIN_DAYS));
        List<PersonFact> watchedGroup = residents(facts, p -> p.inCommunity()
                && (p.category() == Category.ILLEGAL_USER || p.psychosisSigns()));
        List<String> unwatched = ids(watchedGroup, p -> !p.watched());
        List<String> usersNotNegative = ids(watchedGroup, p -> !p.negativeWithin(asOf, NEGATIVE_WITHIN_DAYS));
        List<String> untested = ids(residents(facts, p -> p.category() == Category.SUSPECTED), p -> p.latestTestOn() == null);
        List<PersonFact> postRehab = residents(facts, p -> p.category() == Category.POST_REHAB);
        List<String> postRehabUntested = ids(postRehab, p -> p.latestTestOn() == null
                || p.latestTestOn().isBefore(asOf.minusDays(POST_REHAB_TEST_WITHIN_DAYS)));
        List<String> postRehabUnsupported = ids(postRehab, p -> !p.supportedToWork());
        long users = facts.users();

        List<CriterionResult> criteria = new ArrayList<>();
        boolean c1 = untreated.isEmpty() && addicts.size() < ADDICTS_BELOW && addictsNotNegative.isEmpty();
        criteria.add(new CriterionResult("LOCAL_1", "100% người nghiện được phát hiện, lập hồ sơ quản lý và điều trị, cai nghiện phù hợp; "
                + "dưới 10 người nghiện tại cộng đồng; tất cả có kết quả xét nghiệm âm tính trong 30 ngày", c1,
                facts("addictsInCommunity", addicts.size(), "untreated", untreated, "notNegativeWithin30Days", addictsNotNegative),
                addicts.size() + " người nghiện tại cộng đồng; " + untreated.size() + " chưa điều trị; " + addictsNotNegative.size()
                        + " chưa có kết quả âm tính trong 30 ngày."));
        boolean c2 = unwatched.isEmpty() && usersNotNegative.isEmpty();
        criteria.add(new CriterionResult("LOCAL_2", "100% người sử dụng trái phép, người có biểu hiện loạn thần được lập hồ sơ, quản lý; "
                + "âm tính trong 30 ngày", c2,
                facts("usersAndPsychosis", watchedGroup.size(), "unwatched", unwatched, "notNegativeWithin30Days", usersNotNegative),
                watchedGroup.size() + " người; " + unwatched.size() + " chưa được quản lý; " + usersNotNegative.size()
                        + " chưa có kết quả âm tính trong 30 ngày."));
        criteria.add(new CriterionResult("LOCAL_3", "100% người nghi sử dụng được lập danh sách và xét nghiệm", untested.isEmpty(),
                facts("untestedSuspected", untested), untested.size() + " người nghi sử dụng chưa được xét nghiệm."));
        // an area that had none and has none has nothing left to reduce: it holds
        boolean fallen = facts.baselineUsers() != null && (users < facts.baselineUsers() || users == 0);
        criteria.add(new CriterionResult("LOCAL_4", "Số người nghiện, người sử dụng giảm so với thời điểm đăng ký", fallen,
                facts("users", users, "baselineUsers", facts.baselineUsers()),
                facts.baselineUsers() == null ? "Địa bàn chưa đăng ký xây dựng: không có số liệu gốc."
                        : users + " người, so với " + facts.baselineUsers() + " khi đăng ký" + (users == 0 ? " (không còn người nào)." : ".")));
        boolean c5 = postRehabUntested.isEmpty() && postRehabUnsupported.isEmpty();
        criteria.add(new CriterionResult("LOCAL_5", "100% người sau cai nghiện được lập hồ sơ, xét nghiệm định kỳ, đột xuất và hỗ trợ việc làm", c5,
                facts("postRehab", postRehab.size(), "notTestedWithin90Days", postRehabUntested, "notSupported", postRehabUnsupported),
                postRehab.size() + " người sau cai; " + postRehabUntested.size() + " chưa xét nghiệm trong 90 ngày; "
                        + postRehabUnsupported.size() + " chưa được hỗ trợ việc làm."));
        boolean c6 = facts.cases().activeHotspots() == 0 && facts.cases().activeGangs() == 0 && facts.cases().cultivationOrProductionSites() == 0;
        criteria.add(new CriterionResult("LOCAL_6", "Không có điểm, tụ điểm, ổ nhóm, đường dây, trồng cây có chứa chất ma túy, sản xuất ma túy", c6,
                facts("activeHotspots", facts.cases().activeHotspots(), "activeGangs", facts.cases().activeGangs(),
                        "cultivationOrProductionSites", facts.cases().cultivationOrProductionSites()),
                facts.cases().activeHotspots() + " điểm, tụ điểm; " + facts.cases().activeGangs() + " ổ nhóm, đường dây; "
                        + facts.cases().cultivationOrProductionSites() + " nơi trồng, sản xuất."));
        boolean c7 = facts.cases().unhandledViolators() == 0 && facts.cases().residentOffendersAtLarge() == 0 && facts.cases().wantedHiding() == 0;
        criteria.add(new CriterionResult("LOCAL_7", "100% người vi phạm được xử lý; bắt giữ người cư trú phạm tội; bắt đối tượng truy nã lẩn trốn", c7,
                facts("unhandledViolators", facts.cases().unhandledViolators(), "residentOffendersAtLarge", facts.cases().residentOffendersAtLarge(),
                        "wantedHiding", facts.cases().wantedHiding()),
                facts.cases().unhandledViolators() + " người vi phạm chưa xử lý; " + facts.cases().residentOffendersAtLarge() + " người phạm tội chưa bị bắt; "
                        + facts.cases().wantedHiding() + " đối tượng truy nã lẩn trốn."));
        boolean c8 = facts.cases().seriousIncidentsByResidents() == 0;
        criteria.add(new CriterionResult("LOCAL_8", "Không có người nghiện, sử dụng, loạn thần gây vụ việc rất nghiêm trọng, đặc biệt nghiêm trọng", c8,
                facts("seriousIncidentsByResidents", facts.cases().seriousIncidentsByResidents()),
                facts.cases().seriousIncidentsByResidents() + " vụ việc rất nghiêm trọng, đặc biệt nghiêm trọng."));
        boolean c9 = facts.households() > 0 && facts.householdsCommitted() >= facts.households();
        criteria.add(new CriterionResult("LOCAL_9", "100% hộ gia đình ký cam kết", c9,
                facts("householdsCommitted", facts.householdsCommitted(), "households", facts.households()),
                facts.householdsCommitted() + " trên " + facts.households() + " hộ đã ký cam kết."));
        boolean c10 = facts.effectivePreventionModels() >= 1;
        criteria.add(new CriterionResult("LOCAL_10", "Có ít nhất một mô hình phòng, chống ma túy hoạt động hiệu quả", c10,
                facts("effectivePreventionModels", facts.effectivePreventionModels()),
                facts.effectivePreventionModels() + " mô hình hiệu quả."));
        boolean all = criteria.stream().allMatch(CriterionResult::passed);
        return new AppraisalResult(id(), facts.areaCode(), all ? "DRUG_FREE" : "NOT_DRUG_FREE", criteria);
    }

    private static List<PersonFact> residents(AreaFacts facts, Predicate<PersonFact> which) {
        return facts.persons().stream().filter(which).toList();
    }

    private static List<String> ids(List<PersonFact> persons, Predicate<PersonFact> failing) {
        return persons.stream().filter(failing).map(PersonFact::subjectId).toList();
    }
}
