package vn.pcmt.assessment.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.assessment.domain.command.RegisterArea;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.web.AreaCode;

@RestController
@RequestMapping("/api/areas")
@Validated
public class AreaController {

    private final Commands commands;
    private final AreaDirectoryRepository areas;

    public AreaController(Commands commands, AreaDirectoryRepository areas) {
        this.commands = commands;
        this.areas = areas;
    }

    @PostMapping
    ResponseEntity<AreaResponse> register(@Valid @RequestBody RegisterAreaRequest request) {
        commands.send(new RegisterArea(request.code(), request.name(), request.level(), request.parentCode()),
                LocalDate.now(EventMetaData.BUSINESS_ZONE));
        return ResponseEntity.created(URI.create("/api/areas/" + request.code()))
                .eTag("\"0\"")
                .body(new AreaResponse(request.code(), request.name().strip(), request.level(), request.parentCode()));
    }

    @GetMapping("/{code}")
    AreaResponse find(@PathVariable @AreaCode String code) {
        return areas.findById(code).map(AreaResponse::of)
                .orElseThrow(() -> Refusal.notFound("AREA_UNKNOWN", "Không có địa bàn mã " + code + "."));
    }

    /** The children of {@code parentCode}; the provinces when it is absent. */
    @GetMapping
    List<AreaResponse> children(@RequestParam(required = false) @AreaCode String parentCode) {
        var children = parentCode == null ? areas.findByParentCodeIsNullOrderByCode() : areas.findByParentCodeOrderByCode(parentCode);
        return children.stream().map(AreaResponse::of).toList();
    }
}
