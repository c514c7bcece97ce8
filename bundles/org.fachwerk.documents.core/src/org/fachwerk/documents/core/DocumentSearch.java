package org.fachwerk.documents.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.model.Department;
import org.fachwerk.model.Document;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.store.Contents;
import org.fachwerk.store.TextIndex;

/**
 * Full-text search over the documents: the newest version of each document is indexed with its title, file
 * number, file name, project and the text of the file (see {@link TextExtraction}); a search finds the documents
 * whose indexed text holds every word. Indexing runs in the background; documents not indexed yet are still found
 * by their title, file number and file name.
 */
public final class DocumentSearch {

    /** Files larger than this are indexed by their metadata only: their text would fill the memory. */
    static final long LARGEST_TEXT_FILE = 64L * 1024 * 1024;

    private final Contents contents;
    private final TextIndex index;

    public DocumentSearch(Contents contents, TextIndex index) {
        this.contents = contents;
        this.index = index;
    }

    /**
     * Indexes the newest version of every document not indexed yet and takes older or removed versions out.
     *
     * @return the problems met (files that could not be read), for the user; the other documents are indexed
     */
    public List<String> index(Department department, IProgressMonitor monitor) {
        Set<String> indexed = index.keys();
        Map<String, Document> wanted = new HashMap<>();
        for (Document document : department.getDocuments()) {
            DocumentVersion latest = Documents.latest(document);
            if (latest != null) {
                wanted.put(latest.getId(), document);
            }
        }
        List<String> missing = wanted.keySet().stream().filter(key -> !indexed.contains(key)).toList();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Search_indexing, missing.size() + 1);
        List<String> problems = new ArrayList<>();
        for (String key : missing) {
            Document document = wanted.get(key);
            progress.subTask(document.getTitle());
            DocumentVersion version = Documents.latest(document);
            StringBuilder text = new StringBuilder(metadata(document)).append('\n');
            if (TextExtraction.canRead(version.getFileName()) && version.getSize() <= LARGEST_TEXT_FILE
                    && contents.exists(key)) {
                try (InputStream in = contents.read(key, version.getSha256())) {
                    text.append(TextExtraction.of(in, version.getFileName()));
                } catch (IOException | RuntimeException e) {
                    problems.add(NLS.bind(Messages.Search_unreadable, document.getTitle(), e.getMessage()));
                }
            }
            index.put(key, text.toString());
            progress.split(1);
        }
        for (String key : indexed) {
            if (!wanted.containsKey(key)) {
                index.remove(key);
            }
        }
        progress.split(1);
        return problems;
    }

    private static String metadata(Document document) {
        return String.join(" ", Stream.of(document.getTitle(), document.getFileNumber(), document.getFileName(),
                document.getProject() == null ? null : document.getProject().getKey() + " "
                        + document.getProject().getName(),
                document.getTask() == null ? null : document.getTask().getTitle())
                .filter(value -> value != null).toList());
    }

    /** The documents whose text or metadata holds every word, those found in the index first. */
    public List<Document> search(Department department, String words, int limit) {
        Set<Document> found = new LinkedHashSet<>();
        if (words == null || words.isBlank()) {
            return List.of();
        }
        Map<String, Document> byLatest = new HashMap<>();
        for (Document document : department.getDocuments()) {
            DocumentVersion latest = Documents.latest(document);
            if (latest != null) {
                byLatest.put(latest.getId(), document);
            }
        }
        for (String key : index.search(words, limit)) {
            Document document = byLatest.get(key);
            if (document != null) {
                found.add(document);
            }
        }
        String[] parts = words.toLowerCase(Locale.ROOT).trim().split("\\s+");
        for (Document document : department.getDocuments()) {
            if (found.size() >= limit) {
                break;
            }
            String metadata = metadata(document).toLowerCase(Locale.ROOT);
            if (Stream.of(parts).allMatch(metadata::contains)) {
                found.add(document);
            }
        }
        return List.copyOf(found);
    }
}
