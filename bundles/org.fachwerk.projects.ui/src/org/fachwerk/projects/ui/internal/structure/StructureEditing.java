package org.fachwerk.projects.ui.internal.structure;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.model.edit.ModelTexts;
import org.fachwerk.projects.core.StatusRules;
import org.fachwerk.projects.core.StructureCommands;
import org.fachwerk.projects.core.StructureCommands.Position;
import org.fachwerk.projects.ui.internal.Messages;
import org.fachwerk.projects.ui.internal.ProjectPermissions;
import org.fachwerk.ui.Texts;

/**
 * Editing the structure tree where it is shown: cells edited in place (F2 or double-click; Tab goes to the next
 * cell), Insert for a new task after the selected one (Shift+Insert for a subtask), Delete, Tab and Shift+Tab to
 * indent and outdent, drag and drop to reorder and re-parent. Every edit is an undoable command; a value the model
 * does not allow is refused with a message and changes nothing. Values of parents are derived from their
 * children and not edited. Only the items of projects the person may edit can be edited, inserted, deleted or
 * moved; a key for what they may not do says why.
 */
final class StructureEditing {

    private final TreeViewer viewer;
    private final DepartmentSession session;
    private final StructureCommands commands;
    private final ProjectPermissions permissions;

    StructureEditing(TreeViewer viewer, DepartmentSession session, StructureCommands commands) {
        this.viewer = viewer;
        this.session = session;
        this.commands = commands;
        this.permissions = new ProjectPermissions(session);
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION;
            }
        };
        TreeViewerEditor.create(viewer, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEEP_EDITOR_ON_DOUBLE_CLICK);
        viewer.getTree().addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                keyPressedInTree(e);
            }
        });
        viewer.getTree().addTraverseListener(e -> {
            if ((e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS)
                    && !selectedItems().isEmpty() && permissions.whyNotEditAll(selectedItems()) == null) {
                e.doit = false; // Tab indents here instead of leaving the tree
                run(e.detail == SWT.TRAVERSE_TAB_NEXT ? commands.indent(selectedItems())
                        : commands.outdent(selectedItems()), selectedItems());
            }
        });
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = !selectedItems().isEmpty() && permissions.whyNotEditAll(selectedItems()) == null;
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                return (target instanceof WorkItem || target instanceof Project)
                        && permissions.whyNotEdit(target) == null;
            }

            @Override
            public boolean performDrop(Object data) {
                List<WorkItem> items = workItems(((IStructuredSelection) LocalSelectionTransfer.getTransfer()
                        .getSelection()).toList());
                return StructureEditing.this.drop(items, getCurrentTarget(), switch (getCurrentLocation()) {
                case LOCATION_BEFORE -> Position.BEFORE;
                case LOCATION_AFTER -> Position.AFTER;
                default -> Position.INTO;
                });
            }
        });
    }

    /** Makes the columns editable for work items without children. */
    void editTitle(ViewerColumn column) {
        column.setEditingSupport(new TextEditing(item -> item.getTitle(), (item, text) -> {
            if (text.isBlank()) {
                return Optional.of(Messages.Edit_titleRequired);
            }
            return set(item, FachwerkPackage.Literals.WORK_ITEM__TITLE, text.trim());
        }, false));
    }

    void editStatus(ViewerColumn column) {
        String[] labels = WorkItemStatus.VALUES.stream().map(ModelTexts::of).toArray(String[]::new);
        column.setEditingSupport(new ChoiceEditing(labels) {
            @Override
            int index(WorkItem item) {
                return item.getStatus().getValue();
            }

            @Override
            void choose(WorkItem item, int index) {
                WorkItemStatus status = WorkItemStatus.get(index);
                Optional<String> refusal = StatusRules.refusal(item, status);
                if (refusal.isPresent()) {
                    refuse(refusal.get());
                } else {
                    set(item, FachwerkPackage.Literals.WORK_ITEM__STATUS, status);
                }
            }
        });
    }

    void editDate(ViewerColumn column, EStructuralFeature feature) {
        boolean isStart = feature == FachwerkPackage.Literals.WORK_ITEM__PLANNED_START;
        column.setEditingSupport(new TextEditing(item -> Texts.date((LocalDate) item.eGet(feature)), (item, text) -> {
            LocalDate date;
            try {
                date = text.isBlank() ? null : Texts.parseDate(text);
            } catch (DateTimeParseException e) {
                return Optional.of(NLS.bind(Messages.Edit_notADate, text.trim(), Texts.date(LocalDate.now())));
            }
            LocalDate start = isStart ? date : item.getPlannedStart();
            LocalDate end = isStart ? item.getPlannedEnd() : date;
            if (start != null && end != null && end.isBefore(start)) {
                return Optional.of(NLS.bind(Messages.Edit_endBeforeStart, Texts.date(end), Texts.date(start)));
            }
            return set(item, feature, date);
        }, true));
    }

    void editHours(ViewerColumn column, EStructuralFeature feature) {
        column.setEditingSupport(new TextEditing(item -> hours((Double) item.eGet(feature)), (item, text) -> {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
            ParsePosition position = new ParsePosition(0);
            String number = text.trim().replaceAll("\\s*[^\\d.,-]+$", ""); // "7,5 Std." or "7.5 h" as well
            Number parsed = number.isEmpty() ? 0 : format.parse(number, position);
            if (parsed == null || !number.isEmpty() && position.getIndex() != number.length()
                    || parsed.doubleValue() < 0) {
                return Optional.of(NLS.bind(Messages.Edit_notHours, text.trim()));
            }
            return set(item, feature, parsed.doubleValue());
        }, true));
    }

    void editAssignee(ViewerColumn column) {
        column.setEditingSupport(new ChoiceEditing(new String[0]) {
            private List<Person> persons() {
                return session.department().getPersons();
            }

            @Override
            protected CellEditor getCellEditor(Object element) {
                List<String> names = new ArrayList<>();
                names.add(Messages.Edit_nobody);
                persons().forEach(person -> names.add(person.getFullName()));
                editor.setItems(names.toArray(String[]::new)); // the department's people as they are now
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return element instanceof WorkItem item && item.isLeaf() && mayEdit(item);
            }

            @Override
            int index(WorkItem item) {
                return item.getAssignees().isEmpty() ? 0 : persons().indexOf(item.getAssignees().get(0)) + 1;
            }

            @Override
            void choose(WorkItem item, int index) {
                List<Person> assignees = index == 0 ? List.of() : List.of(persons().get(index - 1));
                if (!assignees.equals(item.getAssignees())) {
                    execute(SetCommand.create(session.editingDomain(), item,
                            FachwerkPackage.Literals.WORK_ITEM__ASSIGNEES, assignees));
                }
            }
        });
    }

    /** A cell of a work item chosen from a list: the index of the current choice, and what a new one does. */
    private abstract class ChoiceEditing extends EditingSupport {
        final ComboBoxCellEditor editor;

        ChoiceEditing(String[] labels) {
            super(viewer);
            editor = new ComboBoxCellEditor(viewer.getTree(), labels, SWT.READ_ONLY);
        }

        abstract int index(WorkItem item);

        abstract void choose(WorkItem item, int index);

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof WorkItem item && mayEdit(item);
        }

        @Override
        protected Object getValue(Object element) {
            return index((WorkItem) element);
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0) {
                choose((WorkItem) element, index);
            }
        }
    }

    private static String hours(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMaximumFractionDigits(2);
        return value == 0 ? "" : format.format(value);
    }

    /** A text cell of a work item, edited only on items without children when {@code leavesOnly}. */
    private final class TextEditing extends EditingSupport {
        private final Function<WorkItem, String> read;
        private final BiFunction<WorkItem, String, Optional<String>> write;
        private final boolean leavesOnly;
        private final TextCellEditor editor = new TextCellEditor(viewer.getTree());

        TextEditing(Function<WorkItem, String> read, BiFunction<WorkItem, String, Optional<String>> write,
                boolean leavesOnly) {
            super(viewer);
            this.read = read;
            this.write = write;
            this.leavesOnly = leavesOnly;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof WorkItem item && (!leavesOnly || item.isLeaf()) && mayEdit(item);
        }

        @Override
        protected Object getValue(Object element) {
            return Objects.requireNonNullElse(read.apply((WorkItem) element), "");
        }

        @Override
        protected void setValue(Object element, Object value) {
            write.apply((WorkItem) element, (String) value).ifPresent(StructureEditing.this::refuse);
        }
    }

    /** Sets the feature if the value differs; never a problem to report. */
    private Optional<String> set(EObject object, EStructuralFeature feature, Object value) {
        if (!Objects.equals(object.eGet(feature), value)) {
            execute(SetCommand.create(session.editingDomain(), object, feature, value));
        }
        return Optional.empty();
    }

    private boolean mayEdit(WorkItem item) {
        return permissions.whyNotEdit(item) == null;
    }

    private void refuse(String message) {
        Shell shell = viewer.getControl().getShell();
        viewer.getControl().getDisplay().asyncExec(() -> MessageDialog.openWarning(shell, Messages.Edit_refused, message));
    }

    private void execute(Command command) {
        session.commandStack().execute(command);
    }

    private void keyPressedInTree(KeyEvent e) {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        boolean changing = e.keyCode == SWT.INSERT && (selected instanceof WorkItem || selected instanceof Project)
                || e.keyCode == SWT.DEL && !selectedItems().isEmpty();
        String whyNot = changing ? permissions.whyNotEditAll(e.keyCode == SWT.DEL ? selectedItems()
                : List.of(selected)) : null;
        if (whyNot != null) {
            refuse(whyNot);
        } else if (e.keyCode == SWT.INSERT && selected instanceof WorkItem item && (e.stateMask & SWT.SHIFT) != 0) {
            insert(commands.insertChild(item, Messages.Edit_newTask));
        } else if (e.keyCode == SWT.INSERT && (selected instanceof WorkItem || selected instanceof Project)) {
            insert(commands.insertAfter((EObject) selected, Messages.Edit_newTask));
        } else if (e.keyCode == SWT.DEL && !selectedItems().isEmpty()) {
            delete(selectedItems());
        } else if (e.keyCode == SWT.F2 && selected instanceof WorkItem item) {
            viewer.editElement(item, 0);
        }
    }

    /** Adds the new item, selects it and lets the user type its title. */
    private void insert(Command command) {
        execute(command);
        Object created = command.getResult().iterator().next();
        // after the refresh the change has queued, which would close an editor opened now
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
                viewer.setSelection(new StructuredSelection(created), true);
                viewer.editElement(created, 0);
            }
        });
    }

    private void delete(List<WorkItem> items) {
        boolean large = items.size() > 1 || items.stream().anyMatch(item -> !item.isLeaf());
        if (large && !MessageDialog.openQuestion(viewer.getControl().getShell(), Messages.Edit_deleteTitle,
                NLS.bind(Messages.Edit_deleteQuestion, items.size()))) {
            return;
        }
        execute(commands.delete(items));
    }

    /** Moves dropped items before, after or into the target; false when that is not possible. */
    boolean drop(List<WorkItem> items, Object target, Position where) {
        if (!(target instanceof EObject object) || permissions.whyNotEditAll(items) != null
                || permissions.whyNotEdit(target) != null) {
            return false;
        }
        Command move = commands.move(items, object, target instanceof Project ? Position.INTO : where);
        if (!move.canExecute()) {
            return false;
        }
        execute(move);
        viewer.refresh();
        viewer.setSelection(new StructuredSelection(items), true);
        return true;
    }

    private void run(Command command, List<WorkItem> keepSelected) {
        if (command.canExecute()) {
            execute(command);
            viewer.refresh();
            viewer.setSelection(new StructuredSelection(keepSelected), true);
        }
    }

    private List<WorkItem> selectedItems() {
        return workItems(((IStructuredSelection) viewer.getSelection()).toList());
    }

    private static List<WorkItem> workItems(List<?> elements) {
        List<WorkItem> items = new ArrayList<>();
        for (Object element : elements) {
            if (element instanceof WorkItem item) {
                items.add(item);
            }
        }
        return items;
    }
}
