package io.autoghg.platform.evidence;

import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.Page;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/plants/{plant}/evidence")
class EvidenceController {
    private static final Logger log = LoggerFactory.getLogger(EvidenceController.class);

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    /** 201 with the new record, or 200 with the existing one when the plant has this file already. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Evidence> upload(@PathVariable String plant, @RequestParam(required = false) MultipartFile file,
                                    @RequestParam(required = false) String type,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
                                    @RequestParam(required = false) String issuer,
                                    @RequestParam(required = false) BigDecimal amount,
                                    @RequestParam(required = false) String amountUnit) throws IOException {
        NewEvidence request = new NewEvidence(type, periodStart, periodEnd, issuer, amount, amountUnit);
        Uploaded uploaded = evidence.upload(plant, request, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getContentType(), file == null ? null : file.getInputStream(), Actor.current());
        if (!uploaded.created()) {
            return ResponseEntity.ok(uploaded.evidence());
        }
        return ResponseEntity.created(URI.create("/api/v1/plants/" + plant + "/evidence/" + uploaded.evidence().id()))
                .body(uploaded.evidence());
    }

    @GetMapping
    Page<Evidence> list(@PathVariable String plant, @RequestParam(required = false) String type,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(required = false) Long datum,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return evidence.list(plant, type, from, to, datum, page, size);
    }

    @GetMapping("/{id}")
    Evidence evidence(@PathVariable String plant, @PathVariable long id) {
        return evidence.evidence(plant, id);
    }

    /** The file as uploaded (name and content type), after its SHA-256 has been checked. */
    @GetMapping("/{id}/content")
    ResponseEntity<byte[]> content(@PathVariable String plant, @PathVariable long id) {
        EvidenceContent content = evidence.content(plant, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.evidence().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + content.evidence().sha256() + "\"")
                .contentType(mediaType(content.evidence().contentType()))
                .body(content.bytes());
    }

    @ExceptionHandler(EvidenceIntegrityException.class)
    ResponseEntity<ProblemDetail> damaged(EvidenceIntegrityException e) {
        log.error("event=evidence-integrity evidence={} message=\"{}\"", e.evidenceId(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        problem.setType(URI.create("https://autoghg.io/problems/evidence-integrity"));
        problem.setTitle("Stored evidence file damaged");
        problem.setProperty("evidence", e.evidenceId());
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static MediaType mediaType(String text) {
        try {
            return MediaType.parseMediaType(text);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
