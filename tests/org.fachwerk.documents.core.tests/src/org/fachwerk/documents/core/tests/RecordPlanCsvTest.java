package org.fachwerk.documents.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.fachwerk.core.RefusedException;
import org.fachwerk.documents.core.RecordPlan;
import org.fachwerk.model.Department;
import org.fachwerk.model.Document;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.RecordPlanNode;
import org.fachwerk.model.validation.ModelValidator;
import org.junit.jupiter.api.Test;

/** Record plans as spreadsheets write them, and every limit, each refused by line and column with nothing added. */
class RecordPlanCsvTest {

    private final Department department = FachwerkFactory.eINSTANCE.createDepartment();
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
            new BasicCommandStack());

    private List<String> imported(byte[] csv) throws Exception {
        domain.getCommandStack().execute(RecordPlan.importCsv(domain, department, new ByteArrayInputStream(csv)));
        return titles(department.getRecordPlan());
    }

    private static List<String> titles(List<RecordPlanNode> nodes) {
        return nodes.stream().flatMap(node -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(node.getFileCode() + " " + node.getTitle() + " " + node.getRetentionYears()),
                titles(node.getChildren()).stream())).toList();
    }

    private void refused(String csv, String message) {
        RefusedException refusal = assertThrows(RefusedException.class,
                () -> RecordPlan.importCsv(domain, department, new ByteArrayInputStream(csv.getBytes(
                        StandardCharsets.UTF_8))));
        assertEquals(message, refusal.getMessage());
        assertTrue(department.getRecordPlan().isEmpty(), "nothing is added");
    }

    @Test
    void germanExcelsWindows1252WithQuotedFieldsAndSemicolonsIsRead() throws Exception {
        String csv = "Aktenzeichen;Titel;Aufbewahrung\r\n63;\"Bau, allgemein\";10\r\n63.10;\"Geb\u00e4ude \"\"alt\"\"\";30;;\r\n";
        assertEquals(List.of("63 Bau, allgemein 10", "63.10 Geb\u00e4ude \"alt\" 30"),
                imported(csv.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void utf8WithAByteOrderMarkAndCommasIsRead() throws Exception {
        String csv = "\uFEFF10,Organisation,5\n10.1,\"Personal; Stellen\",30\n";
        assertEquals(List.of("10 Organisation 5", "10.1 Personal; Stellen 30"),
                imported(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyLimitIsRefusedByLineAndColumn() {
        refused("63.;Bau;10", "Line 1, column 1: \"63.\" is no file code: numbers separated by single dots, such as"
                + " 63.10.02, at most 40 characters.");
        refused("63;Bau;10\n63..1;Bau;10", "Line 2, column 1: \"63..1\" is no file code: numbers separated by single"
                + " dots, such as 63.10.02, at most 40 characters.");
        refused("63;Bau\u0000ordnung;10", "Line 1, column 2: the title must not be empty, have at most 200 characters"
                + " and no control characters.");
        refused("63;" + "x".repeat(201) + ";10", "Line 1, column 2: the title must not be empty, have at most 200"
                + " characters and no control characters.");
        refused("63;Bau;2000000000", "Line 1, column 3: \"2000000000\" is no number of years from 0 to 200.");
        refused("63;Bau;201", "Line 1, column 3: \"201\" is no number of years from 0 to 200.");
        refused("63;Bau;-1", "Line 1, column 3: \"-1\" is no number of years from 0 to 200.");
        refused("Code;Titel;Jahre\n\n63;Bau", "Line 3: a node needs three columns, file code, title and retention years,"
                + " separated by semicolons or commas: 63 | Bau");
        RefusedException unclosed = assertThrows(RefusedException.class, () -> RecordPlan.importCsv(domain,
                department, new ByteArrayInputStream("63;\"Bau;10\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(unclosed.getMessage().startsWith("Line 2: the file cannot be read as CSV: "), unclosed.getMessage());
    }

    @Test
    void aFileThatIsNeitherUtf8NorWindows1252IsRefused() {
        RefusedException refusal = assertThrows(RefusedException.class, () -> RecordPlan.importCsv(domain, department,
                new ByteArrayInputStream(new byte[] { '6', '3', ';', (byte) 0x81, ';', '1' })));
        assertTrue(refusal.getMessage().contains("neither UTF-8 nor Windows-1252"), refusal.getMessage());
    }

    @Test
    void aRetentionBeyondTheLimitIsRefusedByTheModelAndOneStoredBeforeIsKeptForGood() {
        RecordPlanNode node = FachwerkFactory.eINSTANCE.createRecordPlanNode();
        node.setFileCode("63");
        node.setTitle("Bauordnung");
        node.setRetentionYears(2_000_000_000);
        assertFalse(ModelValidator.problems(node).isEmpty(), "no store saves it");
        Document document = FachwerkFactory.eINSTANCE.createDocument();
        document.setTitle("Bauantrag");
        document.setCreated(java.time.LocalDate.of(2027, 3, 1));
        document.setRecordPlanNode(node);
        assertEquals(java.time.LocalDate.MAX, RecordPlan.retentionEnd(document), "and no view fails on an old one");
    }
}
