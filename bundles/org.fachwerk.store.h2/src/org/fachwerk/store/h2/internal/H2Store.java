package org.fachwerk.store.h2.internal;

import java.time.LocalDate;
import java.util.List;

import org.fachwerk.store.ChangeSet;
import org.fachwerk.store.Contents;
import org.fachwerk.store.TextIndex;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.UnitOfWork;
import org.fachwerk.store.WeeklyHours;

/** A store on one H2 database. */
final class H2Store implements Store {

    private final StoreLocation location;
    private final Database database;
    private final TableMapping mapping;
    private final ChangeLog changeLog = new ChangeLog();
    private final BookedWeeks bookedWeeks;
    private final H2Contents contents;
    private final H2TextIndex textIndex;

    H2Store(StoreLocation location, Database database, TableMapping mapping) {
        this.location = location;
        this.database = database;
        this.mapping = mapping;
        this.bookedWeeks = new BookedWeeks(mapping);
        this.contents = new H2Contents(database);
        this.textIndex = new H2TextIndex(database);
    }

    @Override
    public Contents contents() {
        return contents;
    }

    @Override
    public TextIndex textIndex() {
        return textIndex;
    }

    @Override
    public StoreLocation location() {
        return location;
    }

    @Override
    public UnitOfWork begin(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("A unit of work needs the login of the person acting");
        }
        return new H2UnitOfWork(database, mapping, changeLog, bookedWeeks, actor);
    }

    @Override
    public long lastSequence() {
        return database.read(changeLog::last);
    }

    @Override
    public List<ChangeSet> changesSince(long sequence) {
        return database.read(connection -> changeLog.since(connection, sequence));
    }

    @Override
    public List<WeeklyHours> bookedHoursPerWeek(LocalDate from, LocalDate to) {
        return database.read(connection -> BookedWeeks.read(connection, from, to));
    }

    @Override
    public void close() {
        database.close(location.kind() == StoreLocation.Kind.IN_MEMORY);
    }
}
