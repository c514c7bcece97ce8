package org.fachwerk.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Builds the lists of the views: table and tree viewers column by column (a header, a width and how a row shows in
 * the column), and the search field above them.
 */
public final class Columns {

    private Columns() {
    }

    /** A search field over the whole width, with the hint shown while it is empty. */
    public static Text searchField(Composite parent, String hint) {
        Text field = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        field.setMessage(hint);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return field;
    }

    /** A full-row-selection table with lines and headers. */
    public static TableViewer table(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        return viewer;
    }

    /** A full-row-selection tree with lines and headers. */
    public static TreeViewer tree(Composite parent) {
        TreeViewer viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        return viewer;
    }

    public static <T> ViewerColumn add(TableViewer viewer, String header, int width, Class<T> rowType,
            Function<T, String> text) {
        return add(viewer, header, width, rowType, text, null);
    }

    public static <T> ViewerColumn add(TableViewer viewer, String header, int width, Class<T> rowType,
            Function<T, String> text, Function<T, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(labels(rowType, text, image));
        return column;
    }

    public static <T> ViewerColumn add(TreeViewer viewer, String header, int width, Class<T> rowType,
            Function<T, String> text) {
        return add(viewer, header, width, rowType, text, null);
    }

    public static <T> ViewerColumn add(TreeViewer viewer, String header, int width, Class<T> rowType,
            Function<T, String> text, Function<T, Image> image) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(labels(rowType, text, image));
        return column;
    }

    /** Rows of another type than the column's show empty. */
    private static <T> ColumnLabelProvider labels(Class<T> rowType, Function<T, String> text, Function<T, Image> image) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return rowType.isInstance(element) ? text.apply(rowType.cast(element)) : "";
            }

            @Override
            public Image getImage(Object element) {
                return image != null && rowType.isInstance(element) ? image.apply(rowType.cast(element)) : null;
            }
        };
    }
}
