package io.autoghg.accounting.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.autoghg.accounting.catalogue.CollectionMethod;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.OrgUnitDefinition;
import io.autoghg.accounting.engine.ParameterOverride;
import io.autoghg.accounting.engine.PlantDefinition;
import io.autoghg.accounting.engine.SourceDefinition;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.parameter.GwpSet;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The plant file reader: the example plant parses completely, and every bad plant file is reported
 * with the file, the line (1-based, as an editor shows it) and the key.
 */
class PlantFileReaderTests {
    private static final String FILE = "plant.yaml";

    private static PlantDefinition read(String yaml) {
        return new PlantFileReader().read(yaml, FILE);
    }

    private static List<InputProblem> problems(String yaml) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(yaml));
        assertThat(e).as("the reader must reject this plant file").isNotNull();
        return e.problems();
    }

    private static ListAssert<Tuple> whereOf(List<InputProblem> problems) {
        return assertThat(problems.stream().map(p -> tuple(p.location().file(), p.location().line(), p.field())).toList());
    }

    @Nested
    class ExamplePlant {
        private final PlantDefinition plant = new PlantFileReader().read(Path.of("../examples/plant-p1.yaml"));

        private SourceDefinition source(String code) {
            return plant.source(code).orElseThrow(() -> new AssertionError("no source " + code));
        }

        @Test
        void readsThePlantHeader() {
            // line 3: plant: {code: P1, name: "Example Vehicle Assembly Plant", timezone: Asia/Shanghai, gwp: AR5}
            assertThat(plant.code()).isEqualTo("P1");
            assertThat(plant.name()).isEqualTo("Example Vehicle Assembly Plant");
            assertThat(plant.timezone()).isEqualTo("Asia/Shanghai");
            assertThat(plant.gwp()).isEqualTo(GwpSet.AR5);
            assertThat(plant.location()).isEqualTo(new SourceLocation("plant-p1.yaml", 1));
        }

        @Test
        void readsElevenOrganisationalUnits() {
            // lines 6-16 of the example
            assertThat(plant.orgUnits()).extracting(OrgUnitDefinition::code).containsExactly(
                    "STAMP", "BODY", "PAINT", "ASSY", "POWER", "WWTP", "CANTEEN", "OFFICE", "TRACK", "SITE", "LOGISTICS");
            assertThat(plant.orgUnits().get(2)).isEqualTo(new OrgUnitDefinition("PAINT", "Paint shop", "涂装车间"));
        }

        @Test
        void readsEverySourceWithItsTypeOrgUnitAndLine() {
            // The example has one source of every catalogue type (23) plus a second natural-gas source and three more
            // refrigerant sources: 27 sources (38 "code:" entries in the file minus 11 organisational units).
            assertThat(plant.sources()).hasSize(27);
            assertThat(plant.sources()).extracting(SourceDefinition::type).containsAll(Arrays.asList(SourceType.values()));
            assertThat(plant.sources()).extracting(SourceDefinition::code, SourceDefinition::type, SourceDefinition::orgUnit,
                    source -> source.location().line()).containsExactly(
                    tuple("NG-PAINT", SourceType.STAT_COMB_NG, "PAINT", 19),
                    tuple("NG-BOILER", SourceType.STAT_COMB_NG, "POWER", 28),
                    tuple("COAL-BOILER", SourceType.STAT_COMB_COAL, "POWER", 35),
                    tuple("DIESEL-GEN", SourceType.STAT_COMB_DIESEL, "SITE", 36),
                    tuple("GASOLINE-TEST", SourceType.MOB_COMB_GASOLINE, "TRACK", 37),
                    tuple("DIESEL-FLEET", SourceType.MOB_COMB_DIESEL, "LOGISTICS", 38),
                    tuple("LPG-FORKLIFT", SourceType.MOB_COMB_LPG, "LOGISTICS", 39),
                    tuple("LNG-TRUCK", SourceType.MOB_COMB_LNG, "LOGISTICS", 40),
                    tuple("CO2-WELDING", SourceType.PROC_CO2_WELDING, "BODY", 41),
                    tuple("C2H2-CUTTING", SourceType.PROC_ACETYLENE_CUTTING, "BODY", 42),
                    tuple("WASTE-INCIN", SourceType.PROC_WASTE_TREATMENT, "SITE", 43),
                    tuple("WWTP-CH4", SourceType.PROC_WASTEWATER_CH4, "WWTP", 50),
                    tuple("REFR-FILL", SourceType.FUG_REFRIGERANT_VEHICLE, "ASSY", 57),
                    tuple("REFR-HVAC", SourceType.FUG_REFRIGERANT_HVAC, "SITE", 58),
                    tuple("REFR-CHILLER", SourceType.FUG_REFRIGERANT_HVAC, "PAINT", 63),
                    tuple("REFR-R22", SourceType.FUG_REFRIGERANT_HVAC, "OFFICE", 68),
                    tuple("NG-PIPELINE", SourceType.FUG_GAS_PIPELINE, "SITE", 73),
                    tuple("SF6-SWITCHGEAR", SourceType.FUG_OTHER, "POWER", 74),
                    tuple("FIRE-FM200", SourceType.FUG_OTHER, "OFFICE", 75),
                    tuple("ELEC-GRID", SourceType.ELEC_PURCHASED, "SITE", 76),
                    tuple("PV-ROOF", SourceType.ELEC_PV_ONSITE, "SITE", 80),
                    tuple("HEAT-STEAM", SourceType.HEAT_PURCHASED, "PAINT", 81),
                    tuple("S3-INBOUND", SourceType.S3_UPSTREAM_TRANSPORT, "LOGISTICS", 87),
                    tuple("S3-WAREHOUSE", SourceType.S3_UPSTREAM_STORAGE, "LOGISTICS", 92),
                    tuple("S3-COMMUTE", SourceType.S3_COMMUTING_TRAVEL, "OFFICE", 93),
                    tuple("S3-OUTBOUND", SourceType.S3_DOWNSTREAM_TRANSPORT, "LOGISTICS", 98),
                    tuple("S3-DEALER", SourceType.S3_DOWNSTREAM_STORAGE, "LOGISTICS", 103));
            assertThat(plant.sources()).allSatisfy(source -> assertThat(source.location().file()).isEqualTo("plant-p1.yaml"));
        }

        @Test
        void readsNamesAndCollectionMethodsWithTheTypeDefaultWhenNoneIsGiven() {
            assertThat(source("NG-PAINT").name()).isEqualTo("Paint shop ovens");
            assertThat(source("NG-PAINT").collection()).isEqualTo(CollectionMethod.METERED);   // line 23
            assertThat(source("WWTP-CH4").collection()).isEqualTo(CollectionMethod.DIRECT);    // line 54
            assertThat(source("GASOLINE-TEST").collection()).isEqualTo(CollectionMethod.MANUAL);
            // no collection key: the catalogue default (source-catalogue.md: ELEC_PURCHASED is METERED, FUG_OTHER MANUAL)
            assertThat(source("ELEC-GRID").collection()).isEqualTo(CollectionMethod.METERED);
            assertThat(source("SF6-SWITCHGEAR").collection()).isEqualTo(CollectionMethod.MANUAL);
        }

        @Test
        void readsParameterOverridesWithTheLineOfEachValue() {
            assertThat(source("NG-PAINT").parameters()).containsOnly(
                    entry("ncv", "0.038931 GJ/Nm3", 25),
                    entry("carbonContent", "0.01532 tC/GJ", 26),
                    entry("oxidation", "0.99", 27));
            assertThat(source("NG-BOILER").parameters()).containsOnly(
                    entry("emissionFactorCH4", "1 kg/TJ", 33),
                    entry("emissionFactorN2O", "0.1 kg/TJ", 34));
            assertThat(source("WASTE-INCIN").parameters()).containsOnly(
                    entry("emissionFactorCO2", "0.8 t/t", 48),
                    entry("emissionFactorN2O", "0.05 kg/t", 49));
            assertThat(source("WWTP-CH4").parameters()).containsOnly(entry("mcf", "0.3", 56));
            assertThat(source("REFR-FILL").parameters()).containsOnly(entry("gas", "HFC-134a", 57));
            assertThat(source("REFR-HVAC").parameters()).containsOnly(entry("gas", "R-410A", 62), entry("method", "massBalance", 62));
            assertThat(source("REFR-CHILLER").parameters()).containsOnly(entry("gas", "HFC-134a", 67),
                    entry("method", "screening", 67), entry("leakRate", "5 %", 67));
            assertThat(source("REFR-R22").parameters()).containsOnly(entry("gas", "R-22", 72),
                    entry("method", "screening", 72), entry("leakRate", "0.08", 72));
            assertThat(source("SF6-SWITCHGEAR").parameters()).containsOnly(entry("gas", "SF6", 74));
            assertThat(source("FIRE-FM200").parameters()).containsOnly(entry("gas", "HFC-227ea", 75));
            assertThat(source("HEAT-STEAM").parameters()).containsOnly(entry("enthalpy", "2777 kJ/kg", 86));
            assertThat(source("S3-INBOUND").parameters()).containsOnly(entry("emissionFactor", "0.078 kgCO2e/t.km", 91));
            assertThat(source("S3-COMMUTE").parameters()).containsOnly(entry("emissionFactor", "0.05 kgCO2e/p.km", 97));
            assertThat(source("S3-OUTBOUND").parameters()).containsOnly(entry("emissionFactor", "0.062 kgCO2e/t.km", 102));
            assertThat(source("ELEC-GRID").parameters()).isEmpty();
            assertThat(source("COAL-BOILER").parameters()).isEmpty();
        }

        private static java.util.Map.Entry<String, ParameterOverride> entry(String name, String text, int line) {
            return java.util.Map.entry(name, new ParameterOverride(name, text, new SourceLocation("plant-p1.yaml", line)));
        }
    }

    @Nested
    class Defaults {

        @Test
        void aMinimalPlantGetsItsCodeAsNameShanghaiTimeAr5AndTheCatalogueNames() {
            PlantDefinition plant = read("""
                    plant: {code: T1}
                    sources:
                      - {code: NG, type: STAT_COMB_NG}
                    """);

            assertThat(plant.name()).isEqualTo("T1");
            assertThat(plant.timezone()).isEqualTo("Asia/Shanghai");
            assertThat(plant.gwp()).isEqualTo(GwpSet.AR5);
            assertThat(plant.orgUnits()).isEmpty();
            assertThat(plant.sources()).singleElement().satisfies(source -> {
                assertThat(source.name()).isEqualTo(SourceType.STAT_COMB_NG.nameEn());
                assertThat(source.orgUnit()).isNull();
                assertThat(source.collection()).isEqualTo(CollectionMethod.METERED);
                assertThat(source.location()).isEqualTo(new SourceLocation(FILE, 3));
            });
        }

        @Test
        void theGwpSetIsReadCaseInsensitively() {
            assertThat(read("plant: {code: T1, gwp: ar6}\nsources: []\n").gwp()).isEqualTo(GwpSet.AR6);
        }
    }

    @Nested
    class BadFiles {

        @Test
        void malformedYamlIsReportedAtTheLineTheParserStopped() {
            List<InputProblem> problems = problems("""
                    plant:
                      code: P1
                       name: misindented
                    sources: []
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 3, null));
            assertThat(problems.get(0).message()).startsWith("malformed YAML");
        }

        @Test
        void anEmptyFileIsReported() {
            whereOf(problems("")).containsExactly(tuple(FILE, 1, null));
        }

        @Test
        void aFileThatIsNotAMappingIsReported() {
            whereOf(problems("- plant\n- sources\n")).containsExactly(tuple(FILE, 1, "file"));
        }

        @Test
        void aMissingPlantSectionIsReported() {
            List<InputProblem> problems = problems("""
                    # no plant section
                    sources:
                      - {code: NG, type: STAT_COMB_NG}
                    """);

            // the line is where the document's content starts (after the comment)
            whereOf(problems).containsExactly(tuple(FILE, 2, "plant"));
            assertThat(problems.get(0).message()).contains("missing the 'plant' section");
        }

        @Test
        void aMissingPlantCodeIsReportedOnThePlantLine() {
            List<InputProblem> problems = problems("""
                    sources:
                      - {code: NG, type: STAT_COMB_NG}
                    plant:
                      name: No code
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 4, "plant.code"));
            assertThat(problems.get(0).message()).contains("missing required key 'code'");
        }

        @Test
        void aMissingSourcesListIsReported() {
            List<InputProblem> problems = problems("plant: {code: T1}\norgUnits: [{code: PAINT}]\n");

            whereOf(problems).containsExactly(tuple(FILE, 1, "sources"));
            assertThat(problems.get(0).message()).contains("missing the 'sources' list");
        }

        @Test
        void aSourceWithoutCodeOrTypeIsReported() {
            List<InputProblem> problems = problems("""
                    plant: {code: T1}
                    sources:
                      - {type: STAT_COMB_NG}
                      - code: NG
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 3, "sources.code"), tuple(FILE, 4, "sources.type"));
        }

        @Test
        void unknownKeysAreReportedAtTopLevelInThePlantAndInASource() {
            List<InputProblem> problems = problems("""
                    plant: {code: T1, country: CN}
                    sources:
                      - code: NG
                        type: STAT_COMB_NG
                        meter: M-17
                    boundary: operational
                    """);

            whereOf(problems).containsExactly(
                    tuple(FILE, 6, "file.boundary"),
                    tuple(FILE, 1, "plant.country"),
                    tuple(FILE, 5, "sources.meter"));
            assertThat(problems.get(0).message()).contains("unknown key 'boundary'").contains("orgUnits, plant, sources");
            assertThat(problems.get(1).message()).contains("unknown key 'country'").contains("code, gwp, name, timezone");
            assertThat(problems.get(2).message()).contains("unknown key 'meter'");
        }

        @Test
        void aKeyGivenTwiceInOneMappingIsReported() {
            List<InputProblem> problems = problems("""
                    plant: {code: T1}
                    sources:
                      - code: NG
                        type: STAT_COMB_NG
                        type: STAT_COMB_COAL
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 5, "sources.type"));
            assertThat(problems.get(0).message()).contains("key 'type' appears twice");
        }

        @Test
        void anUnknownSourceTypeIsReportedWithTheWholeCatalogue() {
            List<InputProblem> problems = problems("""
                    plant: {code: T1}
                    sources:
                      - code: NG
                        type: STAT_COMB_GAS
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 4, "sources.type"));
            assertThat(problems.get(0).message()).contains("unknown source type 'STAT_COMB_GAS'");
            // every code of source-catalogue.md
            assertThat(problems.get(0).message()).contains("STAT_COMB_NG", "STAT_COMB_COAL", "STAT_COMB_DIESEL",
                    "MOB_COMB_GASOLINE", "MOB_COMB_DIESEL", "MOB_COMB_LPG", "MOB_COMB_LNG", "PROC_CO2_WELDING",
                    "PROC_ACETYLENE_CUTTING", "PROC_WASTE_TREATMENT", "PROC_WASTEWATER_CH4", "FUG_REFRIGERANT_VEHICLE",
                    "FUG_REFRIGERANT_HVAC", "FUG_GAS_PIPELINE", "FUG_OTHER", "ELEC_PURCHASED", "ELEC_PV_ONSITE",
                    "HEAT_PURCHASED", "S3_UPSTREAM_TRANSPORT", "S3_UPSTREAM_STORAGE", "S3_COMMUTING_TRAVEL",
                    "S3_DOWNSTREAM_TRANSPORT", "S3_DOWNSTREAM_STORAGE");
        }

        @Test
        void aDuplicateSourceCodeIsReportedOnTheSecondSource() {
            List<InputProblem> problems = problems("""
                    plant: {code: T1}
                    sources:
                      - {code: NG, type: STAT_COMB_NG}
                      - {code: COAL, type: STAT_COMB_COAL}
                      - {code: NG, type: STAT_COMB_DIESEL}
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 5, "sources.code"));
            assertThat(problems.get(0).message()).contains("'NG' is used twice");
        }

        @Test
        void anOrgUnitThatIsNotDefinedIsReportedWithTheDefinedOnes() {
            List<InputProblem> problems = problems("""
                    plant: {code: T1}
                    orgUnits:
                      - {code: PAINT}
                      - {code: BODY}
                    sources:
                      - code: NG
                        type: STAT_COMB_NG
                        orgUnit: PAINTSHOP
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 8, "sources.orgUnit"));
            assertThat(problems.get(0).message()).contains("'PAINTSHOP' is not in orgUnits: BODY, PAINT");
        }

        @Test
        void anUnknownGwpSetIsReported() {
            List<InputProblem> problems = problems("""
                    plant:
                      code: T1
                      gwp: SAR
                    sources: []
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 3, "plant.gwp"));
            assertThat(problems.get(0).message()).contains("unknown GWP set 'SAR'").contains("AR4, AR5 or AR6");
        }

        @Test
        void aTimezoneThatDoesNotExistIsReported() {
            List<InputProblem> problems = problems("""
                    plant:
                      code: T1
                      timezone: Asia/Beijing
                    sources: []
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 3, "plant.timezone"));
            assertThat(problems.get(0).message()).contains("'Asia/Beijing' is not a time zone");
        }

        @Test
        void anUnknownParameterNameIsReported() {
            List<InputProblem> problems = problems("""
                    plant: {code: T1}
                    sources:
                      - code: NG
                        type: STAT_COMB_NG
                        parameters:
                          ncv: "0.038931 GJ/Nm3"
                          calorificValue: "0.038931 GJ/Nm3"
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 7, "parameters.calorificValue"));
            assertThat(problems.get(0).message()).contains("unknown key 'calorificValue'").contains("ncv");
        }

        @Test
        void parameterValuesThatDoNotParseAreReportedOnTheirLine() {
            List<InputProblem> problems = problems("""
                    plant: {code: T1}
                    sources:
                      - code: COAL
                        type: STAT_COMB_COAL
                        parameters:
                          ncv: "abc GJ/t"
                          density: "1 furlong"
                          oxidation: "0.93"
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 6, "parameters.ncv"), tuple(FILE, 7, "parameters.density"));
            assertThat(problems.get(0).message()).contains("source COAL").contains("'abc GJ/t' does not start with a number");
            assertThat(problems.get(1).message()).contains("source COAL").contains("'1 furlong'").contains("unknown unit 'furlong'");
        }

        @Test
        void textParametersAreNotParsedAsNumbers() {
            PlantDefinition plant = read("""
                    plant: {code: T1}
                    sources:
                      - {code: AC, type: FUG_REFRIGERANT_HVAC, parameters: {gas: R-410A, method: massBalance}}
                    """);

            assertThat(plant.sources().get(0).parameters()).containsOnlyKeys("gas", "method");
        }

        @Test
        void anUnknownCollectionMethodIsReported() {
            List<InputProblem> problems = problems("""
                    plant: {code: T1}
                    sources:
                      - {code: NG, type: STAT_COMB_NG, collection: SCADA}
                    """);

            whereOf(problems).containsExactly(tuple(FILE, 3, "sources.collection"));
        }

        @Test
        void everyProblemOfTheFileIsReportedTogether() {
            List<InputProblem> problems = problems("""
                    plant: {code: T1, gwp: AR3, timezone: Nowhere}
                    orgUnits:
                      - {code: PAINT}
                    sources:
                      - {code: NG, type: STAT_COMB_NG, orgUnit: PAINT}
                      - {code: X, type: NOT_A_TYPE}
                      - {code: NG2, type: STAT_COMB_NG, orgUnit: MOON}
                      - code: NG3
                        type: STAT_COMB_NG
                        parameters: {ncv: "lots"}
                      - {code: NG, type: STAT_COMB_NG}
                    """);

            whereOf(problems).containsExactly(
                    tuple(FILE, 1, "plant.timezone"),
                    tuple(FILE, 1, "plant.gwp"),
                    tuple(FILE, 6, "sources.type"),
                    tuple(FILE, 7, "sources.orgUnit"),
                    tuple(FILE, 10, "parameters.ncv"),
                    tuple(FILE, 11, "sources.code"));
        }
    }
}
