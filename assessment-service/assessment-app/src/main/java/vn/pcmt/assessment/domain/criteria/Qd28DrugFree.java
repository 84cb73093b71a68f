package vn.pcmt.assessment.domain.criteria;

import static vn.pcmt.assessment.domain.criteria.CriterionResult.facts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.pcmt.assessment.domain.criteria.PersonFact.Treatment;

/**
 * QĐ 28/2025 Art. 6: an area is drug-free when all three hold — (1) no resident addict or illegal user in the
 * community, except those on substitution therapy, in voluntary rehab at home or in the community, or under post-rehab
 * management (read with issue 5: persons in compulsory rehab or at a rehab facility are not in the community); (2) no resident broke the drug law and no wanted drug offender hides there; (3) no drug-use points.
 */
final class Qd28DrugFree implements CriteriaSet {

    /** Art. 6.1's exemptions; post-rehab persons are not counted as users at all. */
    static final Set<Treatment> EXEMPT = EnumSet.of(Treatment.SUBSTITUTION, Treatment.VOLUNTARY_HOME, Treatment.VOLUNTARY_COMMUNITY);

    @Override
    public CriteriaSetId id() {
        return CriteriaSetId.QD28_2025_DRUG_FREE;
    }

    @Override
    public AppraisalResult appraise(AreaFacts facts) {
        long users = facts.users();
        List<String> counted = facts.persons().stream()
                .filter(p -> p.userInCommunity() && !EXEMPT.contains(p.treatment()))
                .map(PersonFact::subjectId).toList();
        CriterionResult noUsers = new CriterionResult("ART6_1",
                "Không có người nghiện, người sử dụng trái phép chất ma túy cư trú trên địa bàn (trừ người đang điều trị thay thế, "
                        + "cai nghiện tự nguyện tại gia đình, cộng đồng, hoặc đang quản lý sau cai nghiện)",
                counted.isEmpty(), facts("users", users, "exempt", users - counted.size(), "counted", counted),
                counted.isEmpty() ? "Không còn người nghiện, người sử dụng ngoài các trường hợp được loại trừ."
                        : counted.size() + " người nghiện, người sử dụng không thuộc trường hợp loại trừ.");
        boolean lawful = facts.cases().residentOffenders() == 0 && facts.cases().wantedHiding() == 0;
        CriterionResult noOffenders = new CriterionResult("ART6_2",
                "Không có người cư trú vi phạm pháp luật về ma túy; không có đối tượng truy nã về ma túy lẩn trốn trên địa bàn",
                lawful, facts("residentOffenders", facts.cases().residentOffenders(), "wantedHiding", facts.cases().wantedHiding()),
                lawful ? "Không có người vi phạm, không có đối tượng truy nã lẩn trốn."
                        : facts.cases().residentOffenders() + " người cư trú vi phạm; " + facts.cases().wantedHiding() + " đối tượng truy nã lẩn trốn.");
        boolean noPoints = facts.cases().drugUsePoints() == 0;
        CriterionResult points = new CriterionResult("ART6_3", "Không có điểm, tụ điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy",
                noPoints, facts("drugUsePoints", facts.cases().drugUsePoints()),
                noPoints ? "Không có điểm, tụ điểm." : facts.cases().drugUsePoints() + " điểm, tụ điểm còn hoạt động.");
        List<CriterionResult> criteria = List.of(noUsers, noOffenders, points);
        boolean drugFree = criteria.stream().allMatch(CriterionResult::passed);
        return new AppraisalResult(id(), facts.areaCode(), drugFree ? "DRUG_FREE" : "NOT_DRUG_FREE", criteria);
    }
}
