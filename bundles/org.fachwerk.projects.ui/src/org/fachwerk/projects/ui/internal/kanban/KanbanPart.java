package org.fachwerk.projects.ui.internal.kanban;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Tag;
import org.fachwerk.model.WorkItem;
import org.fachwerk.model.WorkItemKind;
import org.fachwerk.model.WorkItemStatus;
import org.fachwerk.projects.core.ActualEffort;
import org.fachwerk.projects.core.Deadlines;
import org.fachwerk.projects.core.StatusRules;
import org.fachwerk.projects.core.Workload;
import org.fachwerk.projects.ui.internal.Messages;
import org.fachwerk.projects.ui.internal.ProjectPermissions;
import org.fachwerk.ui.ModelLabels;
import org.fachwerk.ui.ModelRefresh;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Kanban board of a project, of all projects, or of the tasks assigned to the person at the workbench, filtered
 * by assignee and tag. Moving a card changes the task's status through the command stack, within the status rules;
 * the cards of projects the person may not edit stay where they are, and the board says why when one is chosen.
 */
public class KanbanPart {

    public static final String PART_ID = "org.fachwerk.projects.part.kanban";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = KanbanBoard.WIDGET_KEY;

    @Inject
    DepartmentSession session;

    @Inject
    ESelectionService selection;

    private Combo scope;
    private Combo assignee;
    private Combo tag;
    private KanbanBoard board;
    private ModelLabels labels;
    private ProjectPermissions permissions;
    private List<Project> projects = List.of();
    private List<Person> persons = List.of();
    private List<Tag> tags = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(6, false));
        scope = combo(parent, Messages.Kanban_scope, "scope");
        assignee = combo(parent, Messages.Kanban_assignee, "assignee");
        tag = combo(parent, Messages.Kanban_tag, "tag");
        permissions = new ProjectPermissions(session);
        board = new KanbanBoard(parent, this::move, card -> permissions.whyNotEdit(card) == null);
        board.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        labels = new ModelLabels(session, board);
        // the chosen card is the window's selection: other modules act on it (e.g. start a timer on the task)
        board.addListener(SWT.Selection, e -> {
            selection.setSelection(board.selected());
            board.setToolTipText(board.selected() == null ? null : permissions.whyNotEdit(board.selected()));
        });
        fillChoices();
        scope.select(0);
        assignee.select(0);
        tag.select(0);
        recompute();
        ModelRefresh.whenChanged(session.department(), board, () -> {
            fillChoices();
            recompute();
        });
        ModelRefresh.whenCommitted(session, board, this::recompute); // a booking turns planned to remaining effort
    }

    private static Combo combo(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setData(WIDGET_KEY, id);
        return combo;
    }

    /** The projects, people and tags to choose from, keeping what was chosen. */
    private void fillChoices() {
        projects = List.copyOf(session.department().getProjects());
        persons = List.copyOf(session.department().getPersons());
        tags = List.copyOf(session.department().getTags());
        List<String> scopes = new ArrayList<>(List.of(Messages.Kanban_allProjects, Messages.Kanban_myTasks));
        projects.forEach(project -> scopes.add(labels.getText(project)));
        refill(scope, scopes);
        List<String> people = new ArrayList<>(List.of(Messages.Kanban_everybody));
        persons.forEach(person -> people.add(person.getFullName()));
        refill(assignee, people);
        List<String> tagNames = new ArrayList<>(List.of(Messages.Kanban_anyTag));
        tags.forEach(each -> tagNames.add(each.getName()));
        refill(tag, tagNames);
        for (Combo combo : List.of(scope, assignee, tag)) {
            combo.addModifyListener(e -> refresh());
        }
    }

    private static void refill(Combo combo, List<String> items) {
        int chosen = Math.max(0, combo.getSelectionIndex());
        for (var listener : combo.getListeners(SWT.Modify)) {
            combo.removeListener(SWT.Modify, listener);
        }
        combo.setItems(items.toArray(String[]::new));
        combo.select(Math.min(chosen, items.size() - 1));
    }

    /** The traffic lights after a change of the model; choosing another filter does not compute them again. */
    private void recompute() {
        if (!board.isDisposed()) {
            board.setDeadlines(Deadlines.of(session.department(), LocalDate.now(), Workload::calendar,
                    ActualEffort.of(session)));
            refresh();
        }
    }

    /** Shows the cards of the chosen scope and filters. */
    public void refresh() {
        if (board.isDisposed()) {
            return;
        }
        int chosenScope = scope.getSelectionIndex();
        Person me = session.actorPerson();
        Person only = assignee.getSelectionIndex() > 0 ? persons.get(assignee.getSelectionIndex() - 1) : null;
        Tag withTag = tag.getSelectionIndex() > 0 ? tags.get(tag.getSelectionIndex() - 1) : null;
        List<WorkItem> cards = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            if (chosenScope >= 2 && chosenScope - 2 != i) {
                continue;
            }
            projects.get(i).eAllContents().forEachRemaining(o -> {
                if (o instanceof WorkItem item && item.isLeaf() && item.getKind() == WorkItemKind.TASK
                        && (chosenScope != 1 || item.getAssignees().contains(me))
                        && (only == null || item.getAssignees().contains(only))
                        && (withTag == null || item.getTags().contains(withTag))) {
                    cards.add(item);
                }
            });
        }
        board.setCards(cards);
    }

    /** Changes the task's status if the rules allow, undoably; else says why not. */
    private void move(WorkItem card, WorkItemStatus status) {
        if (permissions.whyNotEdit(card) != null) {
            return; // the board moves only the cards the person may move
        }
        Optional<String> refusal = StatusRules.refusal(card, status);
        if (refusal.isPresent()) {
            board.getDisplay().asyncExec(() -> MessageDialog.openWarning(board.getShell(), Messages.Edit_refused,
                    refusal.get()));
            return;
        }
        session.commandStack().execute(SetCommand.create(session.editingDomain(), card,
                FachwerkPackage.Literals.WORK_ITEM__STATUS, status));
        board.select(card);
    }

    public KanbanBoard board() {
        return board;
    }

    @Focus
    public void setFocus() {
        board.setFocus();
    }
}
