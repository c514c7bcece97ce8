package org.fachwerk.documents.ui.internal;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.Document;
import org.fachwerk.ui.Columns;
import org.fachwerk.ui.Images;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.ui.Texts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The department's documents by file number (Aktenzeichen), searchable. */
public class DocumentsPart {

    public static final String PART_ID = "org.fachwerk.documents.part.browser";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.documents";

    @Inject
    DepartmentSession session;

    private TableViewer viewer;
    private Text search;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        search = Columns.searchField(parent, Messages.Filter_hint);
        search.setData(WIDGET_KEY, "search");

        viewer = Columns.table(parent);
        viewer.getTable().setData(WIDGET_KEY, "table");
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Columns.add(viewer, Messages.Column_fileNumber, 180, Document.class, Document::getFileNumber, d -> Images.DOCUMENT.get());
        Columns.add(viewer, Messages.Column_title, 300, Document.class, Document::getTitle);
        Columns.add(viewer, Messages.Column_fileName, 220, Document.class, Document::getFileName);
        Columns.add(viewer, Messages.Column_project, 220, Document.class,
                d -> d.getProject() == null ? "" : d.getProject().getKey() + "  " + d.getProject().getName());
        Columns.add(viewer, Messages.Column_created, 110, Document.class, d -> Texts.date(d.getCreated()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        search.addModifyListener(e -> update());
        update();
        ModelRefresh.whenChanged(session.department(), viewer.getControl(), this::update);
    }

    @Focus
    public void setFocus() {
        search.setFocus();
    }

    private void update() {
        String text = search.getText().trim().toLowerCase(Locale.ROOT);
        viewer.setInput(session.department().getDocuments().stream()
                .filter(d -> text.isEmpty() || matches(d, text))
                .sorted(Comparator.comparing(Document::getFileNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    private static boolean matches(Document document, String text) {
        return Stream.of(document.getFileNumber(), document.getTitle(), document.getFileName(),
                document.getProject() == null ? null : document.getProject().getKey() + " " + document.getProject().getName())
                .anyMatch(value -> value != null && value.toLowerCase(Locale.ROOT).contains(text));
    }
}
