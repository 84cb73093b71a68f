package vn.pcmt.registry.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.registry.domain.Residence;
import vn.pcmt.registry.domain.command.RegisterSubject;
import vn.pcmt.registry.query.subjectprofile.SubjectProfileRepository;

@RestController
@RequestMapping("/api/subjects")
public class SubjectController {

    private final Commands commands;
    private final SubjectProfileRepository profiles;

    public SubjectController(Commands commands, SubjectProfileRepository profiles) {
        this.commands = commands;
        this.profiles = profiles;
    }

    @PostMapping
    ResponseEntity<SubjectResponse> register(@Valid @RequestBody RegisterSubjectRequest request) {
        String subjectId = UUID.randomUUID().toString();
        var residence = request.residence();
        commands.send(new RegisterSubject(subjectId, request.fullName(), request.dateOfBirth(), request.sex(),
                request.nationalId(), new Residence(residence.communeCode(), residence.villageCode(), residence.address()),
                request.category(), request.foundBy(), request.foundOn()), request.foundOn());
        SubjectResponse created = profiles.findById(subjectId).map(SubjectResponse::of).orElseThrow();
        return ResponseEntity.created(URI.create("/api/subjects/" + subjectId))
                .eTag("\"" + created.version() + "\"")
                .body(created);
    }

    @GetMapping("/{id}")
    ResponseEntity<SubjectResponse> find(@PathVariable UUID id) {
        SubjectResponse subject = profiles.findById(id.toString()).map(SubjectResponse::of)
                .orElseThrow(() -> Refusal.notFound("SUBJECT_UNKNOWN", "Không tìm thấy đối tượng."));
        return ResponseEntity.ok().eTag("\"" + subject.version() + "\"").body(subject);
    }
}
