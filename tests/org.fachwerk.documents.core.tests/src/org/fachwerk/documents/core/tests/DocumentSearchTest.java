package org.fachwerk.documents.core.tests;

import static org.fachwerk.testing.PersonBuilder.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.fachwerk.documents.core.DocumentSearch;
import org.fachwerk.documents.core.Documents;
import org.fachwerk.documents.core.Documents.Upload;
import org.fachwerk.model.Department;
import org.fachwerk.model.Document;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Words inside generated PDF, Word, Excel, text and e-mail files are found. */
class DocumentSearchTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 10, 0);

    private final Department department = FachwerkFactory.eINSTANCE.createDepartment();
    private final Person anna = person("Koch").login("akoch").in(department);
    private final BasicCommandStack stack = new BasicCommandStack();
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);

    private static StoreService storeService() {
        BundleContext context = FrameworkUtil.getBundle(DocumentSearchTest.class).getBundleContext();
        return context.getService(context.getServiceReference(StoreService.class));
    }

    private static byte[] pdf(String text) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx(String text) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Kosten").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] eml(String subject, String body) {
        return ("From: Anna Koch <anna.koch@stadt.example>\r\nTo: bauamt@stadt.example\r\nSubject: " + subject
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void attach(Documents documents, String title, String fileName, byte[] content) throws Exception {
        stack.execute(documents.attach(department, title, null, null, new Upload(new ByteArrayInputStream(content),
                fileName, null, null), anna, NOW));
    }

    private static List<String> titles(List<Document> documents) {
        return documents.stream().map(Document::getTitle).toList();
    }

    @Test
    void wordsInsideTheFilesAreFound() throws Exception {
        try (Store store = storeService().open(StoreLocation.inMemory("search"))) {
            Documents documents = new Documents(store.contents(), domain, 1 << 24);
            attach(documents, "Bescheid", "bescheid.pdf", pdf("Die Baugenehmigung wird erteilt. Brandschutzkonzept"));
            attach(documents, "Vermerk", "vermerk.docx", docx("Ortsbegehung am Lindenweg mit Denkmalschutz"));
            attach(documents, "Kosten", "kosten.xlsx", xlsx("Gerüstbau Kostenschätzung"));
            attach(documents, "Liste", "liste.csv", "Firma;Ort\nMüller Dachbau;Köln\n".getBytes(
                    Charset.forName("windows-1252")));
            attach(documents, "Mail", "rueckfrage.eml", eml("Rückfrage Statik", "Bitte Nachweis Tragwerksplanung"));
            DocumentSearch search = new DocumentSearch(store.contents(), store.begin("akoch").textIndex());
            assertEquals(List.of(), search.index(department, new NullProgressMonitor()));

            assertEquals(List.of("Bescheid"), titles(search.search(department, "Brandschutzkonzept", 10)), "PDF");
            assertEquals(List.of("Vermerk"), titles(search.search(department, "Denkmalschutz Lindenweg", 10)), "DOCX");
            assertEquals(List.of("Kosten"), titles(search.search(department, "Kostenschätzung", 10)), "XLSX");
            assertEquals(List.of("Liste"), titles(search.search(department, "Dachbau", 10)), "CSV in Windows-1252");
            assertEquals(List.of("Mail"), titles(search.search(department, "Tragwerksplanung", 10)), "EML body");
            assertEquals(List.of("Mail"), titles(search.search(department, "Rückfrage", 10)), "EML subject");
            assertTrue(search.search(department, "Sommerfest", 10).isEmpty());

            // a new version replaces what the document is found by; a new document is found by its title at once
            stack.execute(documents.newVersion(department.getDocuments().get(1), new Upload(new ByteArrayInputStream(
                    docx("Ortsbegehung verschoben")), "vermerk.docx", null, null), anna, NOW));
            attach(documents, "Sommerfest Einladung", "fest.bin", new byte[] { 1, 2, 3 });
            assertEquals(List.of("Sommerfest Einladung"), titles(search.search(department, "sommerfest", 10)));
            search.index(department, new NullProgressMonitor());
            assertTrue(search.search(department, "Denkmalschutz", 10).isEmpty(), "the old version's words are gone");
            assertEquals(List.of("Vermerk"), titles(search.search(department, "verschoben", 10)));
        }
    }
}
