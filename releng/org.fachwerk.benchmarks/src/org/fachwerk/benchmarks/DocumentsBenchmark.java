package org.fachwerk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.fachwerk.documents.core.DocumentSearch;
import org.fachwerk.model.Department;
import org.fachwerk.model.Document;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.TextIndex;
import org.fachwerk.store.h2.internal.H2StoreService;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Measures the document search on 10,000 indexed documents of about 200 words each: Fachwerk's search (H2's word
 * index plus the metadata) against reading every text and looking for the word, on the same database.
 */
public final class DocumentsBenchmark {

    private static final int DOCUMENTS = 10_000;
    private static final int WORDS = 200;
    private static final int RUNS = 21;
    private static final String[] VOCABULARY = ("Antrag Bescheid Genehmigung Baugenehmigung Ortsbegehung Vermerk "
            + "Protokoll Sitzung Haushalt Vergabe Ausschreibung Angebot Rechnung Zahlung Frist Widerspruch Klage "
            + "Gutachten Statik Brandschutz Denkmalschutz Lindenweg Marktplatz Schule Kita Radweg Digitalisierung "
            + "Personal Stelle Bewerbung Fortbildung Urlaub Dienstreise Beschaffung Lizenz Server Netzwerk Datenschutz "
            + "Akte Registratur Aufbewahrung Archiv Bürger Anhörung Beteiligung Stellungnahme Satzung Verordnung")
            .split(" ");

    private DocumentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("fachwerk-documents-benchmark");
        Random random = new Random(1);
        Department department = FachwerkFactory.eINSTANCE.createDepartment();
        try (Store store = new H2StoreService().open(StoreLocation.embedded(directory))) {
            TextIndex index = store.begin("benchmark").textIndex();
            long start = System.nanoTime();
            for (int i = 0; i < DOCUMENTS; i++) {
                Document document = FachwerkFactory.eINSTANCE.createDocument();
                document.setTitle("Vorgang " + i);
                document.setFileNumber(String.format("63.10.%02d-%04d", i % 100, i));
                DocumentVersion version = FachwerkFactory.eINSTANCE.createDocumentVersion();
                version.setId(UUID.randomUUID().toString());
                version.setNumber(1);
                version.setFileName("vorgang-" + i + ".txt");
                document.getVersions().add(version);
                department.getDocuments().add(document);
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < WORDS; w++) {
                    text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(' ');
                }
                text.append("Kennung").append(i); // a word only this document has
                index.put(version.getId(), text.toString());
            }
            System.out.printf(Locale.ROOT, "indexed %d documents of %d words in %.1f s%n", DOCUMENTS, WORDS,
                    (System.nanoTime() - start) / 1e9);
            DocumentSearch search = new DocumentSearch(store.contents(), index);
            JdbcDataSource raw = new JdbcDataSource();
            raw.setURL("jdbc:h2:file:" + directory.resolve("fachwerk"));
            raw.setUser("fachwerk");
            List<String> lines = new ArrayList<>();
            try (Connection connection = raw.getConnection()) {
                for (String word : new String[] { "Kennung4711", "Denkmalschutz" }) {
                    double[] base = new double[RUNS];
                    double[] ours = new double[RUNS];
                    int found = 0;
                    for (int i = -5; i < RUNS; i++) {
                        long t = System.nanoTime();
                        scan(connection, word);
                        double b = (System.nanoTime() - t) / 1e6;
                        t = System.nanoTime();
                        found = search.search(department, word, 50).size();
                        double f = (System.nanoTime() - t) / 1e6;
                        if (i >= 0) {
                            base[i] = b;
                            ours[i] = f;
                        }
                    }
                    double b = StoreBenchmark.median(base);
                    double f = StoreBenchmark.median(ours);
                    lines.add(String.format(Locale.ROOT, "| search %d documents for \"%s\" (%d shown, at most 50) | "
                            + "%.1f ms | %.1f ms | %.2fx | <= 200 ms |", DOCUMENTS, word, found, b, f, f / b));
                }
            }
            System.out.println();
            System.out.println("| measurement | baseline: read every text | Fachwerk | ratio | target |");
            System.out.println("|---|---|---|---|---|");
            lines.forEach(System.out::println);
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The baseline: every text read and searched for the word, as without an index. */
    private static int scan(Connection connection, String word) throws Exception {
        int hits = 0;
        try (PreparedStatement query = connection.prepareStatement("SELECT \"TEXT\" FROM \"SEARCH_TEXT\"");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(1).contains(word)) {
                    hits++;
                }
            }
        }
        return hits;
    }
}
