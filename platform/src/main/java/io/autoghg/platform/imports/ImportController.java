package io.autoghg.platform.imports;

import io.autoghg.platform.support.Actor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports")
class ImportController {
    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    /** One or more files (multipart field "files"): plant YAML, activity CSV, activity XLSX. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportOutcome importFiles(@RequestParam("files") List<MultipartFile> files,
                              @RequestParam(name = "plant", required = false) String plant) throws IOException {
        List<ImportFile> uploaded = new ArrayList<>();
        for (MultipartFile file : files) {
            uploaded.add(new ImportFile(file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getBytes()));
        }
        return imports.importFiles(uploaded, plant, Actor.current());
    }

    /** The activity workbook template; with ?plant=P the source column offers that plant's source codes. */
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam(name = "plant", required = false) String plant) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"autoghg-activity-template.xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(imports.template(plant));
    }
}
