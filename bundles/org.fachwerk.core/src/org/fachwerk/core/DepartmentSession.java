package org.fachwerk.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.fachwerk.model.Department;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.TimeEntry;
import org.fachwerk.model.Entity;
import org.fachwerk.model.validation.ModelValidator;
import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.Contents;
import org.fachwerk.store.KeptSum;
import org.fachwerk.store.Query;
import org.fachwerk.store.Store;
import org.fachwerk.store.TextIndex;
import org.fachwerk.store.UnitOfWork;

/**
 * The department a workbench works on, loaded through one unit of work of the person at the workbench. Every edit
 * goes through the editing domain's command stack, so that it can be undone; the unit of work records what the
 * edits changed, and {@link #prepareCommit()} hands exactly that to whoever writes it.
 */
public final class DepartmentSession implements AutoCloseable {

    private final Store store;
    private final UnitOfWork work;
    private final Department department;
    private final AdapterFactoryEditingDomain editingDomain;
    /** Whether the bookings are loaded on demand; else the department holds all those the person may read. */
    private final boolean workingSet;
    /** The weeks whose bookings are loaded, by person's id (the empty string for everyone's), as Mondays. */
    private final Map<String, Set<LocalDate>> loadedWeeks = new HashMap<>();
    /** The projects (by id) whose bookings are loaded. */
    private final Set<String> loadedProjects = new HashSet<>();
    /** Told after each written commit; written from a background job while views add and remove themselves. */
    private final List<Runnable> committedListeners = new CopyOnWriteArrayList<>();
    /** The kept sums read since the committed state last changed, by name and period. */
    private final Map<List<Object>, List<KeptSum.Total>> sums = new ConcurrentHashMap<>();
    /** How often the committed state changed: a sum read while it changes is not kept. */
    private final AtomicLong commits = new AtomicLong();
    /** The change log's sequence number up to which this session has taken in what others committed. */
    private long caughtUp;

    private DepartmentSession(Store store, UnitOfWork work, Department department, boolean workingSet,
            long caughtUp) {
        this.workingSet = workingSet;
        this.caughtUp = caughtUp;
        this.store = store;
        this.work = work;
        this.department = department;
        this.editingDomain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        Resource resource = editingDomain.getResourceSet().createResource(URI.createURI("fachwerk:/department"));
        resource.getContents().add(department);
    }

    /**
     * Opens the store's first department by name for the acting person. A store without any department gets the
     * one the supplier makes, committed at once, so that the next start finds it.
     *
     * @param actor the login of the person at the workbench
     */
    public static DepartmentSession open(Store store, String actor, Supplier<Department> firstDepartment) {
        return open(store, store.begin(actor), firstDepartment);
    }

    /** As {@link #open(Store, String, Supplier)}, in a unit of work already begun, e.g. by {@link Login}. */
    public static DepartmentSession open(Store store, UnitOfWork work, Supplier<Department> firstDepartment) {
        return open(store, work, firstDepartment, false);
    }

    /**
     * As {@link #open(Store, UnitOfWork, Supplier)}; with {@code workingSet}, the department's bookings are not
     * loaded with it but {@link #bookings by person and period} as views need them.
     */
    public static DepartmentSession open(Store store, UnitOfWork work, Supplier<Department> firstDepartment,
            boolean workingSet) {
        long caughtUp = store.lastSequence(); // what lands while loading is loaded, or taken in by catchUp
        List<Department> departments = workingSet ? work.loadDepartments(ON_DEMAND) : work.loadDepartments();
        Department department;
        if (departments.isEmpty()) {
            department = firstDepartment.get();
            work.add(department);
            work.commit();
        } else {
            department = departments.get(0);
        }
        return new DepartmentSession(store, work, department, workingSet, caughtUp);
    }

    /** The department's lists that a working set loads on demand: the bookings. */
    public static final Set<EReference> ON_DEMAND = Set.of(FachwerkPackage.Literals.DEPARTMENT__TIME_ENTRIES);

    /**
     * Has the department hold the bookings of a person (null: of everyone whose bookings the person at the workbench
     * may read) on the days from {@code from} to {@code to}, loading whole weeks, each once, where they are not loaded
     * yet; nothing to do when the department holds all bookings. For views that then count the department's bookings.
     */
    public void loadBookings(Person person, LocalDate from, LocalDate to) {
        if (!workingSet) {
            return;
        }
        Set<LocalDate> everyone = loadedWeeks.computeIfAbsent("", k -> new HashSet<>());
        Set<LocalDate> weeks = person == null ? everyone : loadedWeeks.computeIfAbsent(person.getId(),
                k -> new HashSet<>());
        LocalDate missingFrom = null;
        for (LocalDate monday = from.with(DayOfWeek.MONDAY); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            if (!weeks.contains(monday) && !everyone.contains(monday)) {
                missingFrom = missingFrom == null ? monday : missingFrom;
                weeks.add(monday);
            }
        }
        if (missingFrom != null) {
            // one query from the first week not loaded to the last asked for; a week loaded again is no harm
            Query<TimeEntry> query = Query.of(TimeEntry.class).between(FachwerkPackage.Literals.TIME_ENTRY__DATE,
                    missingFrom, to.with(DayOfWeek.SUNDAY));
            work.query(person == null ? query : query.where(FachwerkPackage.Literals.TIME_ENTRY__PERSON, person));
        }
    }

    /**
     * The bookings of a person (null: of everyone the person at the workbench may read) on the days from {@code from}
     * to {@code to}, {@link #loadBookings loaded} first; with those added here and not committed yet.
     */
    public List<TimeEntry> bookings(Person person, LocalDate from, LocalDate to) {
        loadBookings(person, from, to);
        List<TimeEntry> bookings = new ArrayList<>();
        for (TimeEntry entry : department.getTimeEntries()) {
            if ((person == null || entry.getPerson() == person) && entry.getDate() != null
                    && !entry.getDate().isBefore(from) && !entry.getDate().isAfter(to)) {
                bookings.add(entry);
            }
        }
        return bookings;
    }

    /**
     * The bookings on the project's work items that the person at the workbench may read, loaded with one query the
     * first time, as the timeline needs them; with those added here and not committed yet.
     */
    public List<TimeEntry> bookingsOn(Project project) {
        if (workingSet && loadedProjects.add(project.getId())) {
            work.query(Query.of(TimeEntry.class).whereWithin(FachwerkPackage.Literals.TIME_ENTRY__TASK, project));
        }
        List<TimeEntry> bookings = new ArrayList<>();
        for (TimeEntry entry : department.getTimeEntries()) {
            if (entry.getTask() != null && EcoreUtil.isAncestor(project, entry.getTask())) {
                bookings.add(entry);
            }
        }
        return bookings;
    }

    /** Whether the department holds only the bookings loaded on demand ({@link #bookings}). */
    public boolean isWorkingSet() {
        return workingSet;
    }

    /**
     * What the store keeps summed, as the person at the workbench may read it, e.g. booked hours per task: the
     * committed state, read once per commit of this session however many views ask.
     */
    public List<KeptSum.Total> sums(String name, LocalDate from, LocalDate to) {
        List<Object> key = List.of(name, from, to);
        List<KeptSum.Total> kept = sums.get(key);
        if (kept == null) {
            long before = commits.get();
            kept = work.sums(name, from, to);
            if (commits.get() == before) { // else a commit landed while reading: read again next time
                sums.put(key, kept);
            }
        }
        return kept;
    }

    public Department department() {
        return department;
    }

    public EditingDomain editingDomain() {
        return editingDomain;
    }

    /** The item providers the editing domain builds its commands with; they also give labels and icons. */
    public AdapterFactory itemProviders() {
        return editingDomain.getAdapterFactory();
    }

    public CommandStack commandStack() {
        return editingDomain.getCommandStack();
    }

    public Store store() {
        return store;
    }

    /**
     * What the person at the workbench may do, worked out from the loaded department now, for the parts to enable
     * what the store would allow.
     */
    public Rights rights() {
        return Rights.of(department, actor());
    }

    /** The full-text index as the person at the workbench may use it. */
    public TextIndex textIndex() {
        return work.textIndex();
    }

    /** The stored files of document versions as the person at the workbench may use them. */
    public Contents contents() {
        return work.contents();
    }

    /** The login of the person at the workbench. */
    public String actor() {
        return work.actor();
    }

    /** The department's person with the login of the person at the workbench; null when there is none. */
    public Person actorPerson() {
        for (Person person : department.getPersons()) {
            if (actor().equals(person.getLogin())) {
                return person;
            }
        }
        return null;
    }

    /** Whether there are changes not yet handed to a commit. */
    public boolean hasChanges() {
        return work.hasChanges();
    }

    /**
     * Captures the changes since the last commit, on the UI thread where the edits happen, for writing elsewhere;
     * once written, the {@linkplain #whenCommitted listeners} hear of it.
     */
    public UnitOfWork.PreparedCommit prepareCommit() {
        UnitOfWork.PreparedCommit prepared = work.prepare();
        return () -> {
            long sequence = prepared.write();
            committedStateChanged();
            return sequence;
        };
    }

    /** The committed state changed: the kept sums are read anew, and the views that show them are told. */
    private void committedStateChanged() {
        commits.incrementAndGet();
        sums.clear();
        committedListeners.forEach(Runnable::run);
    }

    /**
     * Takes in what others committed since the session opened or last took in (their workbenches on the same
     * server, an administration command): the objects the session holds take their stored state, new ones join where
     * their container is held, removed ones go. Then the kept sums are read anew and the views told as after a commit
     * ({@link #whenCommitted}); the undo history is cleared, since undoing could put back what someone else has just
     * changed. Nothing happens while changes of this session are pending: they are committed first. On the thread
     * that edits, while no commit of the session is being written.
     *
     * @return whether anything was taken in
     */
    public boolean catchUp() {
        if (work.hasChanges()) {
            return false;
        }
        long last = store.lastSequence();
        List<ChangeSet> taken = work.catchUp(caughtUp);
        for (ChangeSet change : taken) {
            last = Math.max(last, change.sequence());
        }
        caughtUp = last;
        if (taken.isEmpty()) {
            return false;
        }
        commandStack().flush();
        committedStateChanged();
        return true;
    }

    /**
     * Runs the listener after each commit of this session is written, on the thread that wrote it, and after others'
     * commits are {@linkplain #catchUp taken in}: for what is read from the store's committed state, such as its
     * {@linkplain #sums kept sums}, to be read again.
     *
     * @return what removes the listener again
     */
    public Runnable whenCommitted(Runnable listener) {
        committedListeners.add(listener);
        return () -> committedListeners.remove(listener);
    }

    /**
     * After a conflict: the objects someone else changed or removed take their stored state (removed ones go), and
     * the undo history is cleared, since undoing would put back values from before. The other changes stay
     * pending for the next commit.
     *
     * @return the objects taken, by name, for telling the user
     */
    public List<String> takeTheirs(List<String> ids) {
        Map<String, Entity> byId = new HashMap<>();
        byId.put(department.getId(), department);
        department.eAllContents().forEachRemaining(o -> {
            if (o instanceof Entity entity) {
                byId.put(entity.getId(), entity);
            }
        });
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            Entity object = byId.get(id);
            if (object != null) {
                names.add(ModelValidator.label(object));
                work.refresh(object);
            }
        }
        commandStack().flush();
        return names;
    }

    @Override
    public void close() {
        store.close();
    }
}
