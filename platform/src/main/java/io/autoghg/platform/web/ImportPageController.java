package io.autoghg.platform.web;

import io.autoghg.platform.support.Actor;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.platform.imports.ImportFile;
import io.autoghg.platform.imports.ImportOutcome;
import io.autoghg.platform.imports.ImportService;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.NotFoundException;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** File import (plant YAML, activity CSV, activity XLSX), all or nothing, with a row-by-row error report. */
@ConsolePage
class ImportPageController {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ConsoleContext context;
    private final ImportService imports;
    private final DataForms forms;

    ImportPageController(ConsoleContext context, ImportService imports, DataForms forms) {
        this.context = context;
        this.imports = imports;
        this.forms = forms;
    }

    /** One problem of a rejected import: where (file and line; 0 when the whole file or request is meant), which field, what. */
    public record ImportError(String file, int line, String field, String message) {
    }

    @GetMapping("/data/import")
    String page(@RequestParam(required = false) String plant, @RequestParam(required = false) Integer year, Model model) {
        return show(model, context.select(plant, year), "");
    }

    @PostMapping(path = "/data/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestParam(name = "target", required = false) String target,
                  @RequestParam(name = "plant", required = false) String plant, Model model,
                  HttpServletResponse response) throws IOException {
        String into = target == null || target.isBlank() ? null : target.strip();
        List<ImportFile> uploaded = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                uploaded.add(new ImportFile(file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "upload" : file.getOriginalFilename(), file.getBytes()));
            }
        }
        List<ImportError> errors = new ArrayList<>();
        ImportOutcome outcome = null;
        if (uploaded.isEmpty()) {
            errors.add(new ImportError("", 0, "files", forms.message("data.import.noFile")));
        } else {
            try {
                outcome = imports.importFiles(uploaded, into, Actor.current());
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.add(new ImportError(p.location().file(), p.location().line(), p.field(), p.message())));
            } catch (BadRequestException e) {
                errors.add(new ImportError("", 0, e.field(), e.getMessage()));
            } catch (NotFoundException | ConflictException e) {
                errors.add(new ImportError("", 0, "target", e.getMessage()));
            }
        }
        if (outcome == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", errors);
            return show(model, context.select(plant, null), into == null ? "" : into);
        }
        model.addAttribute("outcome", outcome);
        return show(model, context.select(outcome.plant(), null), into == null ? "" : into);
    }

    @GetMapping("/data/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam(required = false) String plant) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"autoghg-activity-template.xlsx\"")
                .contentType(XLSX)
                .body(imports.template(plant == null || plant.isBlank() ? null : plant));
    }

    private String show(Model model, Selection sel, String target) {
        model.addAttribute("sel", sel);
        model.addAttribute("section", "data");
        model.addAttribute("target", target);
        return "data/import";
    }
}
