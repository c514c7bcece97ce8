package org.fachwerk.demo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import org.fachwerk.model.Department;
import org.fachwerk.model.Document;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Project;

/**
 * The documents filed for the projects, with file numbers of the record plan: two for each project of the demo
 * department, two to five for each generated one.
 */
final class DemoDocuments {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;

    /** Document title, file name extension and media type. */
    private static final String[][] DOCUMENTS = { { "Projektauftrag", "pdf", "application/pdf" },
            { "Protokoll Auftaktbesprechung", "docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
            { "Kostenschätzung", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
            { "Lageplan", "pdf", "application/pdf" }, { "Vergabevermerk", "pdf", "application/pdf" } };

    private final Department department;
    private final Random random;
    private final LocalDate today;
    private int documentNumber;

    DemoDocuments(Department department, Random random, LocalDate today) {
        this.department = department;
        this.random = random;
        this.today = today;
    }

    /** The project order and the minutes of the kick-off meeting of the demo department's project {@code index}. */
    static void addHandMade(Department department, Project project, int index) {
        String[] titles = { "Projektauftrag", "Protokoll Auftaktbesprechung" };
        for (int d = 0; d < titles.length; d++) {
            Document document = FACTORY.createDocument();
            document.setTitle(titles[d] + " " + project.getKey());
            document.setFileNumber(
                    String.format("63.1%d.0%d-%04d/%d", index, d + 1, 17 + d, project.getStart().getYear()));
            document.setFileName(titles[d].replace(' ', '_') + (d == 0 ? ".pdf" : ".docx"));
            document.setMediaType(d == 0 ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            document.setCreated(project.getStart().plusDays(d * 3L));
            document.setProject(project);
            department.getDocuments().add(document);
        }
    }

    /** The first few kinds of document for a generated project, numbered through the department. */
    void add(Project project, int themeIndex) {
        int count = 2 + random.nextInt(DOCUMENTS.length - 1);
        for (int d = 0; d < count; d++) {
            String[] kind = DOCUMENTS[d];
            Document document = FACTORY.createDocument();
            document.setTitle(kind[0] + " " + project.getKey());
            LocalDate created = project.getStart().minusDays(14).plusDays(7L * d);
            if (created.isAfter(today)) {
                created = today;
            }
            documentNumber++;
            document.setFileNumber(String.format(Locale.ROOT, "63.1%d.%02d-%04d/%d", themeIndex, d + 1,
                    documentNumber, created.getYear()));
            document.setFileName(kind[0].replace(' ', '_') + "." + kind[1]);
            document.setMediaType(kind[2]);
            document.setCreated(created);
            document.setProject(project);
            department.getDocuments().add(document);
        }
    }
}
