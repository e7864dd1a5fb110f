package io.autoghg.platform.web;

import io.autoghg.platform.support.Actor;
import io.autoghg.platform.evidence.Evidence;
import io.autoghg.platform.evidence.EvidenceContent;
import io.autoghg.platform.evidence.EvidenceIntegrityException;
import io.autoghg.platform.evidence.EvidenceService;
import io.autoghg.platform.evidence.EvidenceType;
import io.autoghg.platform.evidence.NewEvidence;
import io.autoghg.platform.evidence.Uploaded;
import io.autoghg.platform.support.Page;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/** The plant's evidence files of a year, the upload form, and downloads checked against their SHA-256. */
@ConsolePage
class EvidencePageController {
    private static final Logger log = LoggerFactory.getLogger(EvidencePageController.class);
    static final String[] FIELDS = {"file", "type", "periodStart", "periodEnd", "issuer", "amount", "amountUnit"};
    static final int PAGE_SIZE = 50;

    private final ConsoleContext context;
    private final EvidenceService evidence;
    private final DataForms forms;

    EvidencePageController(ConsoleContext context, EvidenceService evidence, DataForms forms) {
        this.context = context;
        this.evidence = evidence;
        this.forms = forms;
    }

    @GetMapping("/evidence")
    String page(@RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = context.select(params.getFirst("plant"), SetupSelection.integer(params.getFirst("year")));
        DataForm upload = forms.blank(FIELDS);
        for (String field : List.of("type", "periodStart", "periodEnd")) {
            String value = params.getFirst(field);
            upload.set(field, value == null ? "" : value);
        }
        return show(model, sel, params, upload);
    }

    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response)
            throws IOException {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/evidence";
        }
        DataForm form = forms.read(params, FIELDS);
        LocalDate start = form.date("periodStart", true);
        LocalDate end = form.date("periodEnd", true);
        BigDecimal amount = form.decimal("amount", false);
        if (form.text("type") == null) {
            form.reject("type", forms.message("data.form.required"));
        }
        boolean noFile = file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
        if (noFile) {
            form.reject("file", forms.message("data.form.required"));
        }
        NewEvidence request = new NewEvidence(form.text("type"), start, end, form.text("issuer"), amount, form.text("amountUnit"));
        Uploaded uploaded = form.attempt(() -> {
            try (InputStream content = file.getInputStream()) {
                return evidence.upload(sel.plant().code(), request, file.getOriginalFilename(), file.getContentType(), content,
                        Actor.current());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).orElse(null);
        if (uploaded == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, sel, params, form);
        }
        model.addAttribute("uploaded", uploaded);
        Selection shown = context.select(sel.plant().code(), uploaded.evidence().periodStart().getYear());
        return show(model, shown, params, forms.blank(FIELDS));
    }

    /** The file for the console (the API's download needs a token once tokens exist). */
    @GetMapping("/evidence/{id}/content")
    ResponseEntity<byte[]> content(@PathVariable long id, @RequestParam String plant) {
        EvidenceContent content = evidence.content(plant, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.evidence().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(mediaType(content.evidence().contentType()))
                .body(content.bytes());
    }

    @ExceptionHandler(EvidenceIntegrityException.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String damaged(EvidenceIntegrityException e, Model model) {
        log.error("event=evidence-integrity evidence={} message=\"{}\"", e.evidenceId(), e.getMessage());
        model.addAttribute("message", e.getMessage());
        return "error-page";
    }

    private String show(Model model, Selection sel, MultiValueMap<String, String> params, DataForm upload) {
        model.addAttribute("sel", sel);
        model.addAttribute("section", "evidence");
        model.addAttribute("form", upload);
        model.addAttribute("types", Arrays.asList(EvidenceType.values()));
        String type = EvidenceType.parse(params.getFirst("filterType")) == null ? null : params.getFirst("filterType").strip();
        model.addAttribute("filterType", type == null ? "" : EvidenceType.parse(type).name());
        if (sel.empty()) {
            return "evidence/index";
        }
        model.addAttribute("zone", ZoneId.of(sel.plant().timezone()));
        LocalDate from = LocalDate.of(sel.year(), 1, 1);
        Integer page = SetupSelection.integer(params.getFirst("page"));
        Page<Evidence> rows = evidence.list(sel.plant().code(), type, from, from.plusYears(1), null,
                page == null ? 0 : Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("rows", rows.items());
        model.addAttribute("pager", DataController.Pager.of(rows));
        return "evidence/index";
    }

    static MediaType mediaType(String text) {
        try {
            return MediaType.parseMediaType(text);
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
