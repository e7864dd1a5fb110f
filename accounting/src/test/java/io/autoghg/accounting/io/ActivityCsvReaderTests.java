package io.autoghg.accounting.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.unit.Units;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The activity CSV reader: a good file in all its allowed shapes, and every bad input reported with
 * the file name, the line (1 = header) and the field, all problems of a file together.
 */
class ActivityCsvReaderTests {
    private static final String FILE = "activity.csv";
    private static final String HEADER = "source,start,end,quantity,unit,item,uncertaintyPct\n";

    private static List<ActivityRow> read(String content) {
        return new ActivityCsvReader().read(new StringReader(content), FILE);
    }

    private static List<InputProblem> problems(String content) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(content));
        assertThat(e).as("the reader must reject this input").isNotNull();
        return e.problems();
    }

    /** (file, line, field) of each problem, in the order reported. */
    private static ListAssert<Tuple> whereOf(List<InputProblem> problems) {
        return assertThat(problems.stream().map(p -> tuple(p.location().file(), p.location().line(), p.field())).toList());
    }

    @Nested
    class GoodFiles {

        @Test
        void readsQuotedFieldsBomCrlfBlankLinesAndTheOptionalColumns() {
            // line 1 header (with BOM), line 2 row, line 3 blank, lines 4-5 one row whose quoted note holds a
            // CRLF, line 6 blank (only spaces), line 7 row. Every line ends in CRLF.
            String content = "\uFEFFsource,start,end,quantity,unit,item,uncertaintyPct,note\r\n"
                    + "NG-PAINT,2025-01-01,2025-02-01,900000,Nm3,,2,\"meter M1, main line\"\r\n"
                    + "\r\n"
                    + "\"ELEC-GRID\",\"2025-01-01\",\"2025-07-01\",\"20000.5\",\"MWh\",\"certified\",,\"said \"\"ok\"\"\r\nsecond line\"\r\n"
                    + "   \r\n"
                    + " REFR-HVAC , 2025-01-01 , 2025-01-02 , 800 , kg , stockStart , 5 , \r\n";

            List<ActivityRow> rows = read(content);

            assertThat(rows).hasSize(3);
            ActivityRow gas = rows.get(0);
            assertThat(gas.source()).isEqualTo("NG-PAINT"); // the BOM does not end up in the first column's name
            assertThat(gas.start()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(gas.end()).isEqualTo(LocalDate.of(2025, 2, 1));
            assertThat(gas.quantity().value()).isEqualByComparingTo("900000");
            assertThat(gas.quantity().unit()).isEqualTo(Units.NM3);
            assertThat(gas.item()).isEmpty();
            assertThat(gas.isMainInput()).isTrue();
            assertThat(gas.uncertaintyPct()).isEqualByComparingTo("2");
            assertThat(gas.location()).isEqualTo(new SourceLocation(FILE, 2));

            ActivityRow certified = rows.get(1);
            assertThat(certified.source()).isEqualTo("ELEC-GRID");
            assertThat(certified.end()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(certified.quantity().value()).isEqualByComparingTo("20000.5");
            assertThat(certified.quantity().unit()).isEqualTo(Units.MWH);
            assertThat(certified.item()).isEqualTo("certified");
            assertThat(certified.uncertaintyPct()).as("empty uncertaintyPct = none given").isNull();
            assertThat(certified.location()).isEqualTo(new SourceLocation(FILE, 4));

            ActivityRow stock = rows.get(2);
            assertThat(stock.source()).as("values are stripped").isEqualTo("REFR-HVAC");
            assertThat(stock.quantity().value()).isEqualByComparingTo("800");
            assertThat(stock.quantity().unit()).isEqualTo(Units.KG);
            assertThat(stock.item()).isEqualTo("stockStart");
            assertThat(stock.uncertaintyPct()).isEqualByComparingTo("5");
            assertThat(stock.location()).as("the quoted line break and the blank lines are counted")
                    .isEqualTo(new SourceLocation(FILE, 7));
        }

        @Test
        void optionalColumnsMayBeLeftOutAndColumnsMayComeInAnyOrder() {
            List<ActivityRow> rows = read("unit,quantity,end,start,source\nt,12.5,2025-04-01,2025-01-01,COAL-BOILER\n");

            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.source()).isEqualTo("COAL-BOILER");
                assertThat(row.start()).isEqualTo(LocalDate.of(2025, 1, 1));
                assertThat(row.end()).isEqualTo(LocalDate.of(2025, 4, 1));
                assertThat(row.quantity().value()).isEqualByComparingTo("12.5");
                assertThat(row.quantity().unit()).isEqualTo(Units.T);
                assertThat(row.item()).isEmpty();
                assertThat(row.uncertaintyPct()).isNull();
            });
        }

        @Test
        void aHeaderWithoutRowsGivesNoRows() {
            assertThat(read(HEADER)).isEmpty();
        }

        @Test
        void readsAFileFromDiskWithBomAndCrlfAndNamesTheFileByItsName(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("plant-meters.csv");
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] text = ("source,start,end,quantity,unit\r\nELEC-GRID,2025-03-01,2025-04-01,15000,MWh\r\n"
                    + "ELEC-GRID,2025-04-01,2025-05-01,x,MWh\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(text, 0, all, bom.length, text.length);
            Files.write(file, all);

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new ActivityCsvReader().read(file));

            assertThat(e.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo(new SourceLocation("plant-meters.csv", 3));
                assertThat(problem.field()).isEqualTo("quantity");
            });
        }

        @Test
        void readsTheExampleActivityFile() {
            List<ActivityRow> rows = new ActivityCsvReader().read(Path.of("../examples/activity-2025.csv"));

            // 302 lines = header + 301 data rows (counted with `wc -l`)
            assertThat(rows).hasSize(301);
            assertThat(rows.get(0).source()).isEqualTo("NG-PAINT");
            assertThat(rows.get(0).quantity().value()).isEqualByComparingTo("900000");
            assertThat(rows.get(0).location()).isEqualTo(new SourceLocation("activity-2025.csv", 2));
            assertThat(rows.get(300).source()).isEqualTo("S3-DEALER");
            assertThat(rows.get(300).location()).isEqualTo(new SourceLocation("activity-2025.csv", 302));
        }
    }

    @Nested
    class Header {

        @Test
        void aMissingRequiredColumnIsReportedOnLineOneWithTheColumnName() {
            List<InputProblem> problems = problems("source,start,end,quantity,item\nNG,2025-01-01,2025-02-01,1,\n");

            whereOf(problems).containsExactly(tuple(FILE, 1, "unit"));
            assertThat(problems.get(0).message()).contains("missing column 'unit'");
        }

        @Test
        void everyMissingColumnIsReported() {
            whereOf(problems("source,quantity\n")).containsExactly(tuple(FILE, 1, "start"), tuple(FILE, 1, "end"),
                    tuple(FILE, 1, "unit"));
        }

        @Test
        void anUnknownColumnIsReportedWithItsName() {
            List<InputProblem> problems = problems("source,start,end,quantity,unit,comment\n");

            whereOf(problems).containsExactly(tuple(FILE, 1, "comment"));
            assertThat(problems.get(0).message()).contains("unknown column 'comment'");
        }

        @Test
        void aColumnGivenTwiceIsReported() {
            List<InputProblem> problems = problems("source,start,end,quantity,unit,unit\n");

            whereOf(problems).containsExactly(tuple(FILE, 1, "unit"));
            assertThat(problems.get(0).message()).contains("appears twice");
        }

        @Test
        void anEmptyFileIsReportedOnLineOne() {
            List<InputProblem> problems = problems("");

            whereOf(problems).containsExactly(tuple(FILE, 1, null));
            assertThat(problems.get(0).message()).contains("empty");
        }

        @Test
        void aFileWithOnlyAByteOrderMarkIsEmpty() {
            whereOf(problems("\uFEFF")).containsExactly(tuple(FILE, 1, null));
        }
    }

    @Nested
    class Rows {

        @Test
        void aDateThatIsNotIsoIsReportedWithItsField() {
            List<InputProblem> problems = problems(HEADER
                    + "NG,2025-13-01,2025-02-01,1,Nm3,,\n"
                    + "NG,2025-01-01,2025/02/01,1,Nm3,,\n"
                    + "NG,,2025-02-01,1,Nm3,,\n");

            whereOf(problems).containsExactly(tuple(FILE, 2, "start"), tuple(FILE, 3, "end"), tuple(FILE, 4, "start"));
            assertThat(problems.get(0).message()).contains("'2025-13-01' is not an ISO date");
            assertThat(problems.get(1).message()).contains("'2025/02/01' is not an ISO date");
            assertThat(problems.get(2).message()).contains("the date is empty");
        }

        @Test
        void anEndBeforeTheStartIsReportedOnTheEndField() {
            List<InputProblem> problems = problems(HEADER + "NG,2025-02-01,2025-01-01,1,Nm3,,\n");

            whereOf(problems).containsExactly(tuple(FILE, 2, "end"));
            assertThat(problems.get(0).message()).contains("not after start");
        }

        @Test
        void anEmptyPeriodIsReportedBecauseTheEndIsExclusive() {
            List<InputProblem> problems = problems(HEADER + "NG,2025-01-01,2025-01-01,1,Nm3,,\n");

            whereOf(problems).containsExactly(tuple(FILE, 2, "end"));
            assertThat(problems.get(0).message()).contains("end is exclusive");
        }

        @Test
        void aQuantityThatIsNotANumberIsReported() {
            List<InputProblem> problems = problems(HEADER
                    + "NG,2025-01-01,2025-02-01,12a,Nm3,,\n"
                    + "NG,2025-02-01,2025-03-01,\"1,000\",Nm3,,\n"
                    + "NG,2025-03-01,2025-04-01,,Nm3,,\n");

            whereOf(problems).containsExactly(tuple(FILE, 2, "quantity"), tuple(FILE, 3, "quantity"), tuple(FILE, 4, "quantity"));
            assertThat(problems.get(0).message()).contains("'12a' is not a number");
            assertThat(problems.get(1).message()).contains("'1,000' is not a number").contains("no thousands separator");
            assertThat(problems.get(2).message()).contains("quantity is empty");
        }

        @Test
        void aNegativeQuantityIsReported() {
            List<InputProblem> problems = problems(HEADER + "NG,2025-01-01,2025-02-01,-5,Nm3,,\n");

            whereOf(problems).containsExactly(tuple(FILE, 2, "quantity"));
            assertThat(problems.get(0).message()).contains("negative");
        }

        @Test
        void anUnknownOrEmptyUnitIsReported() {
            List<InputProblem> problems = problems(HEADER
                    + "NG,2025-01-01,2025-02-01,1,furlong,,\n"
                    + "NG,2025-02-01,2025-03-01,1,,,\n");

            whereOf(problems).containsExactly(tuple(FILE, 2, "unit"), tuple(FILE, 3, "unit"));
            assertThat(problems.get(0).message()).contains("unknown unit 'furlong'");
            assertThat(problems.get(1).message()).contains("the unit is empty");
        }

        @Test
        void aBadUncertaintyOrAnEmptySourceIsReported() {
            List<InputProblem> problems = problems(HEADER
                    + "NG,2025-01-01,2025-02-01,1,Nm3,,-2\n"
                    + "NG,2025-02-01,2025-03-01,1,Nm3,,two\n"
                    + ",2025-03-01,2025-04-01,1,Nm3,,\n");

            whereOf(problems).containsExactly(tuple(FILE, 2, "uncertaintyPct"), tuple(FILE, 3, "uncertaintyPct"),
                    tuple(FILE, 4, "source"));
        }

        @Test
        void aRowWithMoreFieldsThanTheHeaderIsReportedForTheWholeRow() {
            // an unquoted thousands separator splits the quantity into two fields: 6 fields, 5 columns
            List<InputProblem> problems = problems("source,start,end,quantity,unit\nNG,2025-01-01,2025-02-01,1,000,Nm3\n");

            whereOf(problems).containsExactly(tuple(FILE, 2, null));
            assertThat(problems.get(0).message()).contains("6 fields but the header has 5");
        }

        @Test
        void anUnclosedQuoteIsReportedOnTheLineWhereTheRecordStarts() {
            List<InputProblem> problems = problems(HEADER
                    + "NG,2025-01-01,2025-02-01,1,Nm3,,\n"
                    + "NG,2025-02-01,2025-03-01,\"2,Nm3,,\n"
                    + "NG,2025-03-01,2025-04-01,3,Nm3,,\n");

            whereOf(problems).containsExactly(tuple(FILE, 3, null));
            assertThat(problems.get(0).message()).contains("malformed CSV").contains("never closed");
        }

        @Test
        void aQuoteInsideAnUnquotedFieldIsMalformed() {
            List<InputProblem> problems = problems(HEADER + "NG,2025-01-01,2025-02-01,1,Nm3,,\nNG\"X,2025-02-01,2025-03-01,1,Nm3,,\n");

            whereOf(problems).containsExactly(tuple(FILE, 3, null));
            assertThat(problems.get(0).message()).contains("malformed CSV");
        }

        @Test
        void everyBadRowAndEveryBadFieldIsReportedTogether() {
            List<InputProblem> problems = problems(HEADER
                    + "NG,2025-01-32,2025-02-01,1,Nm3,,\n"      // line 2: bad start
                    + "NG,2025-02-01,2025-03-01,1,Nm3,,\n"      // line 3: good
                    + "\n"                                      // line 4: blank
                    + "NG,2025-03-01,2025-04-01,-1,MWh,,\n"     // line 5: negative quantity
                    + "NG,2025-05-01,2025-04-01,x,parsec,,\n"   // line 6: end before start, bad quantity, bad unit
                    + "NG,2025-06-01,2025-07-01,1,Nm3,,\"2\n");  // line 7: unclosed quote, reported last

            whereOf(problems).containsExactly(
                    tuple(FILE, 2, "start"),
                    tuple(FILE, 5, "quantity"),
                    tuple(FILE, 6, "end"), tuple(FILE, 6, "quantity"), tuple(FILE, 6, "unit"),
                    tuple(FILE, 7, null));
        }

        @Test
        void aFileFullOfBadRowsStopsAfterTwoHundredProblems() {
            StringBuilder content = new StringBuilder(HEADER);
            for (int i = 0; i < 250; i++) {
                content.append("NG,2025-01-01,2025-02-01,-1,Nm3,,\n");   // lines 2..251, one problem each
            }

            List<InputProblem> problems = problems(content.toString());

            // 200 row problems (lines 2..201), then one saying the reader stopped, on the 200th bad row's line
            assertThat(problems).hasSize(201);
            assertThat(problems.get(199).location().line()).isEqualTo(201);
            assertThat(problems.get(200).location()).isEqualTo(new SourceLocation(FILE, 201));
            assertThat(problems.get(200).message()).contains("stopped after 200 problems");
        }

        @Test
        void theExceptionMessageListsEveryProblemWithFileLineAndField() {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> read(HEADER + "NG,2025-01-01,2025-02-01,-1,Nm3,,\nNG,2025-02-01,2025-03-01,1,furlong,,\n"));

            assertThat(e.getMessage()).contains("activity.csv:2 [quantity]: ").contains("activity.csv:3 [unit]: ");
        }

        @Test
        void aFileThatCannotBeReadIsReportedWithItsPath(@TempDir Path dir) {
            Path missing = dir.resolve("missing.csv");

            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new ActivityCsvReader().read(missing));

            assertThat(e.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo(new SourceLocation(missing.toString(), 0));
                assertThat(problem.message()).contains("cannot read the file");
            });
        }
    }

    @Test
    void uncertaintyIsKeptAsWritten() {
        List<ActivityRow> rows = read(HEADER + "ELEC,2025-01-01,2025-02-01,13500,MWh,,1.25\n");

        assertThat(rows.get(0).uncertaintyPct()).isEqualTo(new BigDecimal("1.25"));
    }
}
