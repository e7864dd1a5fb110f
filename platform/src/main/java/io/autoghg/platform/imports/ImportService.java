package io.autoghg.platform.imports;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.accounting.catalogue.CollectionMethod;
import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.OrgUnitDefinition;
import io.autoghg.accounting.engine.PlantDefinition;
import io.autoghg.accounting.engine.SourceDefinition;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.io.ActivityCsvReader;
import io.autoghg.accounting.io.PlantFileReader;
import io.autoghg.platform.activity.AccountingInputs;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.activity.NewRow;
import io.autoghg.platform.imports.ImportOutcome.FileOutcome;
import io.autoghg.platform.organisation.OrganisationRequests.NewOrgUnit;
import io.autoghg.platform.organisation.OrganisationRequests.NewPlant;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceRequests.NewSource;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.Hashes;
import io.autoghg.platform.support.NotFoundException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports plant files (YAML), activity CSVs and activity workbooks (XLSX), all-or-nothing: every
 * file of a request is checked (including against the stored data, by the accounting engine) before
 * anything is stored, and any problem rolls everything back. A file already imported (same SHA-256)
 * is a no-op.
 */
@Service
public class ImportService {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    enum Kind { PLANT_YAML, ACTIVITY_CSV, ACTIVITY_XLSX }

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final SourceService sources;
    private final ActivityService activity;
    private final AccountingInputs inputs;

    private final Access access;

    ImportService(JdbcClient jdbc, OrganisationService organisation, SourceService sources, ActivityService activity,
                  AccountingInputs inputs, Access access) {
        this.access = access;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.sources = sources;
        this.activity = activity;
        this.inputs = inputs;
    }

    public byte[] template(String plantCode) {
        if (plantCode == null) { access.requireSomewhere(Permission.READ); } else { access.require(Permission.READ, plantCode); }
        List<String> codes = plantCode == null ? List.of()
                : sources.sources(plantCode, false).stream().map(EmissionSource::code).toList();
        return XlsxActivityTemplate.workbook(codes);
    }

    @Transactional(rollbackFor = Exception.class)
    public ImportOutcome importFiles(List<ImportFile> files, String plantParameter, Actor actor) {
        access.requireSomewhere(Permission.ENTER_DATA);
        if (files.isEmpty()) {
            throw new InvalidInputException(new InputProblem(new SourceLocation("request", 0), "files",
                    "no file given; send one or more files as multipart field 'files'"));
        }
        Map<ImportFile, Kind> kinds = classify(files);
        List<FileOutcome> outcomes = new ArrayList<>();
        String plantCode = plantParameter;
        for (ImportFile file : files) {
            if (kinds.get(file) == Kind.PLANT_YAML) {
                PlantImport imported = importPlant(file, actor);
                outcomes.add(imported.outcome());
                plantCode = plantCode == null ? imported.plant() : plantCode;
            }
        }
        List<ImportFile> activityFiles = files.stream().filter(file -> kinds.get(file) != Kind.PLANT_YAML).toList();
        if (!activityFiles.isEmpty()) {
            Map<ImportFile, Map<CollectionMethod, List<ActivityRow>>> parsed = parseActivity(activityFiles, kinds);
            String target = plantCode != null ? plantCode : inferPlant(parsed);
            access.require(Permission.SUBMIT_DATA, target); // imported rows are submitted data; checked before the plant is looked up
            organisation.findPlant(target).orElseThrow(() -> new NotFoundException("no plant '" + target + "'"));
            outcomes.addAll(importActivity(target, parsed, kinds, actor));
            plantCode = target;
        }
        boolean changed = outcomes.stream().anyMatch(outcome -> outcome.status().equals("IMPORTED"));
        log.info("event=import plant={} files={} status={} actor={}", plantCode, files.size(), changed ? "IMPORTED" : "UNCHANGED",
                actor.name());
        return new ImportOutcome(changed ? "IMPORTED" : "UNCHANGED", plantCode, outcomes);
    }

    private record PlantImport(String plant, FileOutcome outcome) {
    }

    private static Map<ImportFile, Kind> classify(List<ImportFile> files) {
        Map<ImportFile, Kind> kinds = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (ImportFile file : files) {
            String name = file.name().toLowerCase(Locale.ROOT);
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                kinds.put(file, Kind.PLANT_YAML);
            } else if (name.endsWith(".csv")) {
                kinds.put(file, Kind.ACTIVITY_CSV);
            } else if (name.endsWith(".xlsx")) {
                kinds.put(file, Kind.ACTIVITY_XLSX);
            } else {
                problems.add(new InputProblem(new SourceLocation(file.name(), 0), "files",
                        "unsupported file type; send a plant file (.yaml), an activity CSV (.csv) or the activity workbook (.xlsx)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return kinds;
    }

    /** Creates or updates the plant, its units and sources. */
    private PlantImport importPlant(ImportFile file, Actor actor) {
        PlantDefinition plant = new PlantFileReader().read(new String(file.content(), StandardCharsets.UTF_8), file.name());
        // before looking for an earlier import: even "unchanged" tells about the plant (changes need MANAGE_SETUP, checked below)
        access.require(Permission.READ, plant.code());
        String sha = Hashes.sha256(file.content());
        Optional<Long> previous = organisation.findPlant(plant.code()).flatMap(p -> batch(p.id(), Kind.PLANT_YAML, sha));
        if (previous.isPresent()) {
            return new PlantImport(plant.code(), new FileOutcome(file.name(), Kind.PLANT_YAML.name(), sha, "UNCHANGED", 0,
                    previous.get(), "imported before as import " + previous.get()));
        }
        if (organisation.findPlant(plant.code()).isEmpty()) {
            organisation.createPlant(new NewPlant(plant.code(), plant.name(), null, plant.timezone(), plant.gwp().name(), null, null));
        } else {
            organisation.updatePlant(plant.code(), plant.name(), plant.timezone(), plant.gwp().name());
        }
        for (OrgUnitDefinition unit : plant.orgUnits()) {
            organisation.upsertOrgUnit(plant.code(), new NewOrgUnit(unit.code(), unit.name() == null ? unit.code() : unit.name(),
                    unit.nameZh(), null));
        }
        Set<String> knownUnits = organisation.orgUnits(plant.code()).stream().map(u -> u.code()).collect(Collectors.toSet());
        for (SourceDefinition source : plant.sources()) {
            if (source.orgUnit() != null && !knownUnits.contains(source.orgUnit())) {
                organisation.upsertOrgUnit(plant.code(), new NewOrgUnit(source.orgUnit(), source.orgUnit(), null, null));
                knownUnits.add(source.orgUnit());
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            source.parameters().forEach((name, override) -> parameters.put(name, override.text()));
            sources.upsert(plant.code(), new NewSource(source.code(), source.type().code(), source.name(), source.orgUnit(),
                    source.collection().name(), null, null, parameters, null));
        }
        long batchId = recordBatch(organisation.plant(plant.code()).id(), file, Kind.PLANT_YAML, sha, plant.sources().size(), actor);
        return new PlantImport(plant.code(), new FileOutcome(file.name(), Kind.PLANT_YAML.name(), sha, "IMPORTED",
                plant.sources().size(), batchId, null));
    }

    private Map<ImportFile, Map<CollectionMethod, List<ActivityRow>>> parseActivity(List<ImportFile> files, Map<ImportFile, Kind> kinds) {
        Map<ImportFile, Map<CollectionMethod, List<ActivityRow>>> parsed = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (ImportFile file : files) {
            try {
                if (kinds.get(file) == Kind.ACTIVITY_CSV) {
                    Map<CollectionMethod, List<ActivityRow>> rows = new LinkedHashMap<>();
                    rows.put(null, new ActivityCsvReader().read(
                            new StringReader(new String(file.content(), StandardCharsets.UTF_8)), file.name()));
                    parsed.put(file, rows);
                } else {
                    parsed.put(file, new XlsxActivityReader().read(file.content(), file.name()));
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return parsed;
    }

    /** The one plant whose sources cover every source code of the files; otherwise the caller must say. */
    private String inferPlant(Map<ImportFile, Map<CollectionMethod, List<ActivityRow>>> parsed) {
        Set<String> codes = new HashSet<>();
        parsed.values().forEach(byMethod -> byMethod.values().forEach(rows -> rows.forEach(row -> codes.add(row.source()))));
        List<String> candidates = jdbc.sql("""
                        select p.code from plant p join emission_source s on s.plant_id = p.id
                        where s.code = any(?) group by p.code having count(distinct s.code) = ?""")
                .params(codes.toArray(String[]::new), codes.size()).query(String.class).list()
                .stream().filter(code -> access.can(Permission.READ, code)).toList(); // never name a plant the caller may not see
        if (candidates.size() != 1) {
            throw new InvalidInputException(new InputProblem(new SourceLocation("request", 0), "plant",
                    candidates.isEmpty() ? "no plant has all the source codes of the file(s); import the plant file first or name the plant (plant=…)"
                            : "several plants have these source codes (" + String.join(", ", candidates) + "); name the plant (plant=…)"));
        }
        return candidates.get(0);
    }

    private List<FileOutcome> importActivity(String plantCode, Map<ImportFile, Map<CollectionMethod, List<ActivityRow>>> parsed,
                                             Map<ImportFile, Kind> kinds, Actor actor) {
        long plantId = organisation.plant(plantCode).id();
        List<FileOutcome> outcomes = new ArrayList<>();
        List<ActivityRow> added = new ArrayList<>();
        Map<ImportFile, String> fresh = new LinkedHashMap<>();
        for (Map.Entry<ImportFile, Map<CollectionMethod, List<ActivityRow>>> entry : parsed.entrySet()) {
            ImportFile file = entry.getKey();
            String sha = Hashes.sha256(file.content());
            Optional<Long> previous = batch(plantId, kinds.get(file), sha);
            if (previous.isPresent()) {
                outcomes.add(new FileOutcome(file.name(), kinds.get(file).name(), sha, "UNCHANGED", 0, previous.get(),
                        "imported before as import " + previous.get()));
                continue;
            }
            fresh.put(file, sha);
            entry.getValue().values().forEach(added::addAll);
        }
        inputs.check(plantCode, added, List.of());
        for (Map.Entry<ImportFile, String> entry : fresh.entrySet()) {
            ImportFile file = entry.getKey();
            List<NewRow> rows = new ArrayList<>();
            int count = parsed.get(file).values().stream().mapToInt(List::size).sum();
            long batchId = recordBatch(plantId, file, kinds.get(file), entry.getValue(), count, actor);
            parsed.get(file).forEach((method, methodRows) -> methodRows.forEach(row ->
                    rows.add(NewRow.fromFile(row, method == null ? null : method.name(), batchId))));
            activity.insert(plantCode, rows, actor, "SUBMITTED");
            outcomes.add(new FileOutcome(file.name(), kinds.get(file).name(), entry.getValue(), "IMPORTED", count, batchId, null));
        }
        return outcomes;
    }

    private Optional<Long> batch(long plantId, Kind kind, String sha) {
        return jdbc.sql("select id from import_batch where plant_id = ? and kind = ? and sha256 = ?")
                .params(plantId, kind.name(), sha).query(Long.class).optional();
    }

    private long recordBatch(long plantId, ImportFile file, Kind kind, String sha, int rows, Actor actor) {
        return jdbc.sql("""
                insert into import_batch (plant_id, file_name, kind, sha256, rows_accepted, imported_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(plantId, file.name(), kind.name(), sha, rows, actor.name()).query(Long.class).single();
    }
}
